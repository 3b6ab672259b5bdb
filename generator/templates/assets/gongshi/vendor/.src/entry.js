// The JSON Schema validator of the submission form (draft 2020-12), exposed as window.GongshiAjv.
import Ajv2020 from "ajv/dist/2020";

window.GongshiAjv = Ajv2020;
