// Copies the front-end libraries from node_modules into wwwroot/lib, where they are committed, so
// `dotnet run` on a fresh machine and CI serve them without npm. Run after changing package.json:
//   npm ci && npm run vendor
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const leaflet = JSON.parse(readFileSync("node_modules/leaflet/package.json", "utf8"));
const target = "wwwroot/lib/leaflet";
rmSync(target, { recursive: true, force: true });
mkdirSync(`${target}/images`, { recursive: true });
for (const file of ["leaflet.js", "leaflet.css"]) {
  cpSync(`node_modules/leaflet/dist/${file}`, `${target}/${file}`);
}
for (const image of ["marker-icon.png", "marker-icon-2x.png", "marker-shadow.png", "layers.png", "layers-2x.png"]) {
  cpSync(`node_modules/leaflet/dist/images/${image}`, `${target}/images/${image}`);
}
cpSync("node_modules/leaflet/LICENSE", `${target}/LICENSE`);
writeFileSync(`${target}/VERSION`, `${leaflet.version}\n`);
console.log(`leaflet ${leaflet.version} -> ${target}`);
