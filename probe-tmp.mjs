import { tsImport } from 'tsx/esm/api';
const { detectMessage } = await tsImport('./src/chat/detect.ts', import.meta.url);
import fs from 'fs';
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
for (const l of lines) {
  const r = detectMessage(l);
  const f = (r.findings ?? r).map?.((x) => `${x.severity}:${x.rule}[${x.evidence}] «${x.message}»`).join(' ') ?? JSON.stringify(r);
  console.log(`${f ? 'HIT ' : '--- '} ${l}\n      ${f}`);
}
