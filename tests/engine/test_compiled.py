"""Templates compiled once per process (generator.engine.compiled): kept between the builds of
`gongshi serve`, compiled again when their text or the environment's way of compiling changes."""

from __future__ import annotations

from typing import Any

import jinja2
import pytest
from markupsafe import Markup

from generator.engine.compiled import CompiledTemplates, warm
from generator.render import filters


def _env(templates: dict[str, str], cache: CompiledTemplates, **options: Any) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader(templates), **options)
    env.bytecode_cache = cache
    return env


def _compiles(env: jinja2.Environment, name: str) -> int:
    """How many templates loading name compiled."""
    count = 0
    original = env.compile

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal count
        count += 1
        return original(*args, **kwargs)

    env.compile = counting  # type: ignore[method-assign]
    env.get_template(name)
    return count


def test_a_new_environment_reuses_what_an_earlier_one_compiled() -> None:
    cache = CompiledTemplates()
    templates = {"page.html": "{% extends 'base.html' %}{% block b %}{{ x }}{% endblock %}",
                 "base.html": "<p>{% block b %}{% endblock %}</p>"}  # fmt: skip
    first = _env(templates, cache)
    assert first.get_template("page.html").render(x="柳岸") == "<p>柳岸</p>"
    second = _env(templates, cache)
    assert _compiles(second, "page.html") == 0
    assert second.get_template("page.html").render(x="舞队") == "<p>舞队</p>"


def test_a_changed_template_is_compiled_again() -> None:
    cache = CompiledTemplates()
    _env({"page.html": "old {{ x }}"}, cache).get_template("page.html")
    edited = _env({"page.html": "new {{ x }}"}, cache)
    assert _compiles(edited, "page.html") == 1
    assert edited.get_template("page.html").render(x=1) == "new 1"


def test_escaping_and_filters_are_part_of_the_key() -> None:
    """gongshi's templates escape and Material's do not (one environment, by name); a filter
    that takes the context compiles to another call than one that does not."""
    cache = CompiledTemplates()
    templates = {"gongshi/a.html": "{{ x }}", "a.html": "{{ x }}"}
    env = _env(templates, cache)
    filters.install(env)  # autoescape by name, as in a build
    assert env.get_template("gongshi/a.html").render(x="<b>") == "&lt;b&gt;"
    assert env.get_template("a.html").render(x="<b>") == "<b>"
    plain = _env({"f.html": "{{ x|shout }}"}, cache)
    plain.filters["shout"] = lambda value: f"{value}!"
    assert plain.get_template("f.html").render(x="a") == "a!"
    other = _env({"f.html": "{{ x|shout }}"}, cache)
    other.filters["shout"] = jinja2.pass_context(lambda context, value: f"{value}?")
    assert _compiles(other, "f.html") == 1
    assert other.get_template("f.html").render(x="a") == "a?"
    escaping = _env({"f.html": "{{ x }}"}, cache, autoescape=True)
    assert escaping.get_template("f.html").render(x=Markup("<i>") + "<b>") == "<i>&lt;b&gt;"


def test_nothing_is_kept_with_a_finalize_function() -> None:
    """The compiler applies finalize to constants: such an environment compiles every time."""
    cache = CompiledTemplates()
    _env({"a.html": "{{ 1 }}"}, cache, finalize=lambda v: v).get_template("a.html")
    assert not cache.code


def test_warm_compiles_every_template_of_the_prefix_once() -> None:
    """`gongshi serve`: the record pages' templates compiled before the workers are forked, so a
    later build's workers compile none of them; a template that does not compile is left to the
    page that uses it (the error is reported there, as without warming)."""
    cache = CompiledTemplates()
    templates = {
        "gongshi/body/org.html": "{% import 'gongshi/macros.html' as m %}{{ m.name(x) }}",
        "gongshi/macros.html": "{% macro name(x) %}<b>{{ x }}</b>{% endmacro %}",
        "gongshi/broken.html": "{% if %}",
        "main.html": "{{ x }}",
    }
    warm(_env(templates, cache), "gongshi/")
    names = {name for name in templates if name.startswith("gongshi/") and "broken" not in name}
    later = _env(templates, cache)
    assert all(_compiles(later, name) == 0 for name in names)
    assert later.get_template("gongshi/body/org.html").render(x="柳岸") == "<b>柳岸</b>"
    assert _compiles(later, "main.html") == 1  # outside the prefix: compiled when used
    with pytest.raises(jinja2.TemplateSyntaxError):
        later.get_template("gongshi/broken.html")
