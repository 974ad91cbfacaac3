/**
 * A stand-in for Electron's Session, as far as permissions and device pickers go, with Electron's
 * documented defaults: with no request handler every permission request is granted, with no check
 * handler every check passes, and a device is usable only once picked. A device picker event that
 * no listener prevents cancels the request (Electron's USB, HID and serial choosers do so).
 */
import { EventEmitter } from 'node:events';
import { electronEvent } from './event';
import type { StandInWebContents } from './web-contents';

type RequestHandler = (contents: StandInWebContents, permission: string, callback: (granted: boolean) => void, details: object) => void;
type CheckHandler = (contents: StandInWebContents | null, permission: string, requestingOrigin: string, details: object) => boolean;
type DeviceHandler = (details: object) => boolean;

/** Which picker event each kind of device request raises. */
const PICKER_EVENTS = { usb: 'select-usb-device', hid: 'select-hid-device', serial: 'select-serial-port' } as const;

/** The stand-in session. */
export class StandInSession extends EventEmitter {
  permissionRequestHandler: RequestHandler | null = null;
  permissionCheckHandler: CheckHandler | null = null;
  devicePermissionHandler: DeviceHandler | null = null;
  private readonly pickedDevices = new Set<string>();

  /** Sets (or, with null, clears) the handler for permission requests. */
  setPermissionRequestHandler(handler: RequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  /** Sets (or clears) the handler for permission checks. */
  setPermissionCheckHandler(handler: CheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }

  /** Sets (or clears) the handler for device permission checks. */
  setDevicePermissionHandler(handler: DeviceHandler | null): void {
    this.devicePermissionHandler = handler;
  }

  /** The page asks for `permission`: resolves with whether it was granted. */
  pageRequestsPermission(contents: StandInWebContents, permission: string, details: object = {}): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(contents, permission, (granted) => resolve(granted === true), { requestingUrl: contents.getURL(), isMainFrame: true, ...details }));
  }

  /** The page checks whether it has `permission`. */
  pageChecksPermission(contents: StandInWebContents | null, permission: string, details: object = {}): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) return true;
    const origin = contents ? contents.mainFrame.origin : '';
    return handler(contents, permission, origin, { requestingUrl: contents?.getURL(), isMainFrame: true, ...details }) === true;
  }

  /** The page checks whether it may use a device it has not just picked. */
  pageChecksDevicePermission(details: { deviceType: 'usb' | 'hid' | 'serial'; device: { deviceId: string }; origin: string }): boolean {
    const handler = this.devicePermissionHandler;
    if (!handler) return this.pickedDevices.has(details.device.deviceId);
    return handler(details) === true;
  }

  /** The page asks to pick a device (`navigator.usb.requestDevice` and the like): the id it gets, or null. */
  async pageRequestsDevice(kind: keyof typeof PICKER_EVENTS, deviceIds: string[], contents: StandInWebContents): Promise<string | null> {
    let chosen: (id: string | null | undefined) => void = () => {};
    const answer = new Promise<string | null | undefined>((resolve) => (chosen = resolve));
    const event = electronEvent();
    const callback = (id?: string | null) => chosen(id);
    if (kind === 'serial') {
      this.emit(PICKER_EVENTS.serial, event, deviceIds.map((portId) => ({ portId, portName: portId })), contents, callback);
    } else {
      this.emit(PICKER_EVENTS[kind], event, { deviceList: deviceIds.map((deviceId) => ({ deviceId })), frame: contents.mainFrame }, callback);
    }
    if (!event.defaultPrevented) return null;
    const id = await answer;
    if (!id) return null;
    this.pickedDevices.add(id);
    return id;
  }

  /** Forgets handlers, listeners and picked devices. */
  reset(): void {
    this.permissionRequestHandler = this.permissionCheckHandler = this.devicePermissionHandler = null;
    this.pickedDevices.clear();
    this.removeAllListeners();
  }
}
