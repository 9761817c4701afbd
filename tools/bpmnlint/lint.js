// Lints each model with bpmnlint's recommended rules (what Camunda Modeler shows) and camunda-compat's config for
// Camunda 8.8, read with zeebe-bpmn-moddle.
// Exits 1 on any error; warnings are printed (README names the ones accepted).
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const moddleModule = require('bpmn-moddle');
const BpmnModdle = moddleModule.default || moddleModule.BpmnModdle || moddleModule;
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');
const fs = require('fs');

(async () => {
  let errors = 0;
  let warnings = 0;
  for (const file of process.argv.slice(2)) {
    const moddle = new BpmnModdle({ zeebe });
    const { rootElement, warnings: parse } = await moddle.fromXML(fs.readFileSync(file, 'utf8'));
    parse.forEach(w => { console.log(`${file}: parse error: ${w.message}`); errors++; });
    const linter = new Linter({
      config: { extends: [ 'bpmnlint:recommended', 'plugin:camunda-compat/camunda-cloud-8-8' ] },
      resolver: new NodeResolver()
    });
    const results = await linter.lint(rootElement);
    for (const [rule, reports] of Object.entries(results)) {
      for (const r of reports) {
        console.log(`${file}: ${r.category} ${rule} ${r.id}: ${r.message}`);
        if (r.category === 'error') errors++; else warnings++;
      }
    }
  }
  console.log(`${errors} errors, ${warnings} warnings`);
  process.exit(errors ? 1 : 0);
})();
