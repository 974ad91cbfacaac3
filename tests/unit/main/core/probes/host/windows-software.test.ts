import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { appleSoftwareFrom, parseAppxPackages, parseRegQuery, parseScQuery, type WindowsChecks } from '../../../../../../src/main/core/probes/host/windows-software';
import { portAnswers, readWindowsAppleSoftware, type CommandRunner } from '../../../../../../src/main/core/probes/host/windows-checks';
import { windowsProgram } from '../../../../../../src/main/system-programs';

// Sample output in the layout sc.exe, reg.exe and PowerShell 5.1 print on Windows 10 and 11, with
// CRLF line endings. Transcribed, not captured: these commands cannot run on the Linux test machines.
const SC_RUNNING = [
  '',
  'SERVICE_NAME: Apple Mobile Device Service',
  '        TYPE               : 10  WIN32_OWN_PROCESS',
  '        STATE              : 4  RUNNING',
  '                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)',
  '        WIN32_EXIT_CODE    : 0  (0x0)',
  '        SERVICE_EXIT_CODE  : 0  (0x0)',
  '        CHECKPOINT         : 0x0',
  '        WAIT_HINT          : 0x0',
  '',
].join('\r\n');
const SC_STOPPED = SC_RUNNING.replace('STATE              : 4  RUNNING', 'STATE              : 1  STOPPED');
const SC_MISSING = '[SC] EnumQueryServicesStatus:OpenService FAILED 1060:\r\n\r\nThe specified service does not exist as an installed service.\r\n\r\n';
const REG_SUPPORT = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Apple Inc.\\Apple Mobile Device Support',
  '    InstallDir    REG_SZ    C:\\Program Files\\Common Files\\Apple\\Mobile Device Support\\',
  '',
].join('\r\n');
const REG_ITUNES = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Apple Computer, Inc.\\iTunes',
  '    InstallDir    REG_SZ    C:\\Program Files\\iTunes\\',
  '    ProgramFolder    REG_SZ    C:\\Program Files\\iTunes\\',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Apple Computer, Inc.\\iTunes\\Parental Controls',
  '',
].join('\r\n');
const REG_MISSING = 'ERROR: The system was unable to find the specified registry key or value.\r\n';
const APPX_NAMES = 'AppleInc.AppleDevices\r\nAppleInc.iTunes\r\n';
const APPX_LISTING = [
  '',
  'Name              : AppleInc.AppleDevices',
  'Publisher         : CN=F8E4A2C4-7C2B-4E8B-9A55-2E1C8C1C1A1D',
  'Architecture      : X64',
  'Version           : 1.2411.21.0',
  'PackageFullName   : AppleInc.AppleDevices_1.2411.21.0_x64__nzyj5cx40ttqa',
  'PackageFamilyName : AppleInc.AppleDevices_nzyj5cx40ttqa',
  '',
].join('\r\n');

const ok = (stdout: string) => ({ stdout, exitCode: 0 });

describe('probes', () => {
  describe('host', () => {
    describe('parseScQuery', () => {
      it('reads running, stopped and missing', () => {
        expect(parseScQuery(ok(SC_RUNNING))).toBe('running');
        expect(parseScQuery(ok(SC_STOPPED))).toBe('stopped');
        expect(parseScQuery({ stdout: SC_MISSING, exitCode: 1060 })).toBe('missing');
      });
      it('knows nothing when sc could not run or said something unexpected', () => {
        expect(parseScQuery(null)).toBeNull();
        expect(parseScQuery({ stdout: 'Access is denied.', exitCode: 5 })).toBeNull();
      });
    });

    describe('parseScQuery, state by state', () => {
      it.each([
        ['2  START_PENDING', 'running'],
        ['4  RUNNING', 'running'],
        ['1  STOPPED', 'stopped'],
        ['3  STOP_PENDING', 'stopped'],
        ['7  PAUSED', 'stopped'],
      ])('reads STATE %s as %s', (state, expected) => {
        expect(parseScQuery(ok(SC_RUNNING.replace('4  RUNNING', state)))).toBe(expected);
      });

      it('reads "does not exist" from the text when the exit code is lost, and only error 1060', () => {
        expect(parseScQuery({ stdout: SC_MISSING, exitCode: 1 })).toBe('missing');
        expect(parseScQuery({ stdout: SC_MISSING.replace('1060', '10601'), exitCode: 1 })).toBeNull();
        expect(parseScQuery(ok('STATE:4'))).toBe('running');
      });

      it('reads "does not exist" from the exit code alone where Windows speaks another language', () => {
        const german = '[SC] EnumQueryServicesStatus:OpenService FEHLER 1060:\r\n\r\nDer angegebene Dienst ist kein installierter Dienst.\r\n';
        expect(parseScQuery({ stdout: german, exitCode: 1060 })).toBe('missing');
      });
    });

    describe('parseRegQuery, beyond present and missing', () => {
      it('knows nothing from a success that names no key, another exit code, or a key that does not start its line', () => {
        expect(parseRegQuery(ok('\r\n'))).toBeNull();
        expect(parseRegQuery({ stdout: REG_SUPPORT, exitCode: 2 })).toBeNull();
        expect(parseRegQuery(ok('  see HKEY_LOCAL_MACHINE'))).toBeNull();
      });
    });

    describe('parseAppxPackages, name by name', () => {
      it('reads nothing from a failed PowerShell, and only whole Apple package names', () => {
        expect(parseAppxPackages({ stdout: APPX_NAMES, exitCode: 1 })).toBeNull();
        expect(parseAppxPackages(ok('AppleInc.iTunes_12.13.2.3_x64__nzyj5cx40ttqa AppleInc.AppleDevices'))).toEqual(new Set(['AppleInc.iTunes', 'AppleInc.AppleDevices']));
        expect(parseAppxPackages(ok('NotAppleInc.iTunes\r\nAppleInc.iTunes-Preview\r\n'))).toEqual(new Set());
      });
    });

    describe('parseRegQuery', () => {
      it('tells a present key from a missing one', () => {
        expect(parseRegQuery(ok(REG_SUPPORT))).toBe(true);
        expect(parseRegQuery({ stdout: REG_MISSING, exitCode: 1 })).toBe(false);
        expect(parseRegQuery(null)).toBeNull();
      });
    });

    describe('parseAppxPackages', () => {
      it('finds Apple packages in names-only and in full listings', () => {
        expect(parseAppxPackages(ok(APPX_NAMES))).toEqual(new Set(['AppleInc.AppleDevices', 'AppleInc.iTunes']));
        expect(parseAppxPackages(ok(APPX_LISTING))).toEqual(new Set(['AppleInc.AppleDevices']));
        expect(parseAppxPackages(ok(''))).toEqual(new Set());
        expect(parseAppxPackages(null)).toBeNull();
      });
    });

    describe('appleSoftwareFrom', () => {
      const nothing: WindowsChecks = {
        service: { stdout: SC_MISSING, exitCode: 1060 },
        mobileDeviceSupportKey: { stdout: REG_MISSING, exitCode: 1 },
        itunesKey: { stdout: REG_MISSING, exitCode: 1 },
        appx: ok(''),
        portAnswers: false,
      };

      it('finds nothing on a PC without Apple software', () => {
        expect(appleSoftwareFrom(nothing)).toEqual({ appleDevices: false, itunes: 'none', mobileDeviceService: 'missing' });
      });

      it('finds Apple Devices from the Store with its service running', () => {
        expect(appleSoftwareFrom({ ...nothing, service: ok(SC_RUNNING), mobileDeviceSupportKey: ok(REG_SUPPORT), appx: ok(APPX_LISTING), portAnswers: true })).toEqual({
          appleDevices: true,
          itunes: 'none',
          mobileDeviceService: 'running',
        });
      });

      it('finds desktop iTunes with its service stopped', () => {
        expect(appleSoftwareFrom({ ...nothing, service: ok(SC_STOPPED), itunesKey: ok(REG_ITUNES) })).toMatchObject({ itunes: 'desktop', mobileDeviceService: 'stopped' });
      });

      it('finds iTunes from the Store', () => {
        expect(appleSoftwareFrom({ ...nothing, appx: ok('AppleInc.iTunes\r\n') })).toMatchObject({ appleDevices: false, itunes: 'store' });
      });

      it('counts the usbmuxd port answering as the service running, even when sc cannot tell', () => {
        expect(appleSoftwareFrom({ ...nothing, service: null, portAnswers: true }).mobileDeviceService).toBe('running');
      });

      it('calls the service missing only when sc cannot tell and Mobile Device Support is not installed', () => {
        const silent = { ...nothing, service: null };
        expect(appleSoftwareFrom(silent).mobileDeviceService).toBe('missing');
        expect(appleSoftwareFrom({ ...silent, mobileDeviceSupportKey: ok(REG_SUPPORT) }).mobileDeviceService).toBeNull();
        expect(appleSoftwareFrom({ ...silent, mobileDeviceSupportKey: null }).mobileDeviceService).toBeNull();
        expect(appleSoftwareFrom({ ...nothing, service: ok(SC_STOPPED) }).mobileDeviceService).toBe('stopped');
      });

      it('says there is no iTunes only when both the registry and the Store were read', () => {
        expect(appleSoftwareFrom({ ...nothing, appx: null }).itunes).toBeNull();
        expect(appleSoftwareFrom({ ...nothing, itunesKey: null }).itunes).toBeNull();
        expect(appleSoftwareFrom({ ...nothing, itunesKey: null, appx: ok('AppleInc.iTunes') }).itunes).toBe('store');
        expect(appleSoftwareFrom({ ...nothing, itunesKey: ok(REG_ITUNES), appx: null }).itunes).toBe('desktop');
      });

      it('leaves unknown what no check could tell', () => {
        expect(appleSoftwareFrom({ service: null, mobileDeviceSupportKey: null, itunesKey: null, appx: null, portAnswers: false })).toEqual({
          appleDevices: null,
          itunes: null,
          mobileDeviceService: null,
        });
      });
    });

    describe('readWindowsAppleSoftware', () => {
      it('runs sc, reg and Get-AppxPackage from Windows’ own folder, without a shell, and puts their answers together', async () => {
        const calls: string[] = [];
        const run: CommandRunner = async (file, args) => {
          calls.push([file, ...args].join(' '));
          if (file === windowsProgram('sc.exe')) return ok(SC_RUNNING);
          if (file === windowsProgram('powershell.exe')) return ok(APPX_NAMES);
          return args[1]?.includes('iTunes') ? { stdout: REG_MISSING, exitCode: 1 } : ok(REG_SUPPORT);
        };
        const software = await readWindowsAppleSoftware(run, async () => false);
        expect(software).toEqual({ appleDevices: true, itunes: 'store', mobileDeviceService: 'running' });
        expect(calls).toContain(`${windowsProgram('sc.exe')} query Apple Mobile Device Service`);
        expect(calls.some((call) => call.startsWith(`${windowsProgram('powershell.exe')} -NoProfile -NonInteractive -Command Get-AppxPackage`))).toBe(true);
        for (const call of calls) expect(call, 'started by absolute path').toMatch(/^[A-Za-z]:\\/);
      });
    });

    describe('portAnswers', () => {
      it('tells a listening port from a closed one', async () => {
        const server = net.createServer((socket) => socket.destroy());
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        const { port } = server.address() as net.AddressInfo;
        expect(await portAnswers('127.0.0.1', port)).toBe(true);
        await new Promise((resolve) => server.close(resolve));
        expect(await portAnswers('127.0.0.1', port)).toBe(false);
      });
    });
  });
});
