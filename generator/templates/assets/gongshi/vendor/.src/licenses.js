// Writes ../ajv2020.LICENSES.txt: the license of every package bundled into ../ajv2020.min.js.
const fs = require("fs");
const path = require("path");

const packages = ["ajv", "fast-deep-equal", "fast-uri", "json-schema-traverse", "require-from-string"];
const parts = packages.map((name) => {
  const folder = path.join(__dirname, "node_modules", name);
  const meta = JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8"));
  const file = fs.readdirSync(folder).find((entry) => /^licen[cs]e/i.test(entry));
  const text = fs.readFileSync(path.join(folder, file), "utf8").trim();
  return `${meta.name} ${meta.version} (${meta.license})\n\n${text}\n`;
});
fs.writeFileSync(path.join(__dirname, "..", "ajv2020.LICENSES.txt"), parts.join("\n" + "-".repeat(72) + "\n\n"));
