import { build, parse } from 'plist';
import creator from 'bplist-creator';
function info(mb) {
  const apps = {};
  let i = 0;
  const icon = new Uint8Array(30000).map((_, k) => (k * 31) & 255);
  while (Object.keys(apps).length * 40000 < mb * 1e6) { apps[`com.example.app${i++}`] = { PlaceholderIcon: icon, iTunesMetadata: new Uint8Array(3000) }; }
  return { Applications: apps, 'Build Version': '21A', 'Device Name': 'Ann', 'Last Backup Date': new Date(), 'Product Type': 'iPhone14,2', 'Product Version': '17.1' };
}
for (const mb of [4, 50]) {
  const obj = info(mb);
  let t = Date.now(); const xml = build(obj); console.log(mb, 'build ms', Date.now() - t, 'bytes', xml.length);
  t = Date.now(); try { parse(xml); console.log('parse ms', Date.now() - t); } catch (e) { console.log('parse err', e.message, Date.now() - t); }
  t = Date.now(); const stripped = xml.replace(/<data>[^<]*<\/data>/g, '<data></data>'); console.log('strip ms', Date.now() - t, stripped.length);
  t = Date.now(); parse(stripped); console.log('parse stripped ms', Date.now() - t);
  t = Date.now(); const bin = creator(obj); console.log('bin build', Date.now() - t, bin.length);
  t = Date.now(); const back = parse(bin); console.log('bin parse', Date.now() - t, back['Device Name'], back['Last Backup Date']);
}
