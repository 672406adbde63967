// Keeps the current communes (type "commune-actuelle") and writes one CSV line each:
// code INSEE; nom; département; région; population; codes postaux separated by spaces.
const [file, version] = process.argv.slice(2);
const communes = require(file).filter((c) => c.type === 'commune-actuelle');
const clean = (s) => String(s ?? '').replace(/[;\r\n]/g, ' ');
console.log(`# @etalab/decoupage-administratif ${version}`);
console.log('code_insee;nom;departement;region;population;codes_postaux');
for (const c of communes) {
  console.log([c.code, c.nom, c.departement, c.region ?? '', c.population ?? '', (c.codesPostaux ?? []).join(' ')]
    .map(clean).join(';'));
}
