/** A device's identifier, shortened: enough to tell two phones apart, never the whole UDID. */
import { shortDeviceId } from '../../../shared/device-identity';

/** "ID 00008120…001E" beside a phone's name; nothing for a device without a real identifier. */
export function DeviceId({ udid }: { udid: string }) {
  const short = shortDeviceId(udid);
  if (!short) return null;
  return <span className="muted device-id" data-testid="device-id">{`ID ${short}`}</span>;
}
