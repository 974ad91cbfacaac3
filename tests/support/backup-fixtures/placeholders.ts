/**
 * What backup tools leave behind when a backup stops before the phone sends anything. Both write
 * Info.plist (XML) first. pymobiledevice3 then writes a Status.plist that already says
 * "finished" (BackupState "new") and an empty Manifest.plist, so a folder that never received a
 * file reads as finished; idevicebackup2 writes nothing else until the phone sends its files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ageTree, deviceOf, type BackupSpec, type WrittenBackup } from './build-backup';
import { infoPlist, statusPlist } from './plists';

/** Which tool's placeholders to write. */
export type PlaceholderTool = 'pymobiledevice3' | 'idevicebackup2';

/** Writes the folder a backup leaves when it is cut off before the phone sent a file. */
export async function writePlaceholderBackup(root: string, spec: BackupSpec, tool: PlaceholderTool): Promise<WrittenBackup> {
  const device = deviceOf(spec);
  const folder = path.join(root, spec.folderName ?? spec.udid);
  await mkdir(folder, { recursive: true });
  const info = infoPlist({ ...device, udid: device.udid.toUpperCase() }, 'xml', 0);
  await writeFile(path.join(folder, 'Info.plist'), info);
  let bytes = info.length;
  if (tool === 'pymobiledevice3') {
    const status = statusPlist(device, 'finished', 'binary');
    await writeFile(path.join(folder, 'Status.plist'), status);
    await writeFile(path.join(folder, 'Manifest.plist'), Buffer.alloc(0));
    bytes += status.length;
  }
  await ageTree(folder, device.date);
  return { path: folder, device, bytes, filesListed: 0 };
}
