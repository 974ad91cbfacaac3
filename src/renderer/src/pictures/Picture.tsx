/** One picture of where to click or tap, chosen by its spec and drawn with the phone's own name. */
import { pictureAlt, type PictureDevice, type PictureSpec, type ProgramTarget, type ProgramWindow } from '../../../shared/content/pictures';
import { PictureFigure } from './PictureFigure';
import { AppleDevicesScene } from './scenes/AppleDevicesScene';
import { ConnectScene } from './scenes/ConnectScene';
import { FinderScene } from './scenes/FinderScene';
import { FullDiskAccessScene } from './scenes/FullDiskAccessScene';
import { IcloudBackupScene, ManageStorageScene } from './scenes/IcloudScenes';
import { ItunesScene } from './scenes/ItunesScene';
import { TerminalScene } from './scenes/TerminalScene';
import { TrustPromptScene } from './scenes/TrustPromptScene';

/** Props for a picture. */
export interface PictureProps {
  spec: PictureSpec;
  device: PictureDevice;
}

function ProgramScene({ program, target, device, label }: { program: ProgramWindow; target: ProgramTarget; device: PictureDevice; label: string }) {
  switch (program) {
    case 'finder':
      return <FinderScene target={target} device={device} label={label} />;
    case 'apple-devices':
      return <AppleDevicesScene target={target} device={device} label={label} />;
    case 'itunes-mac':
      return <ItunesScene platform="mac" target={target} device={device} label={label} />;
    case 'itunes-windows':
      return <ItunesScene platform="windows" target={target} device={device} label={label} />;
    case 'terminal':
      return <TerminalScene target={target} device={device} label={label} />;
  }
}

function Scene({ spec, device, label }: PictureProps & { label: string }) {
  switch (spec.scene) {
    case 'connect':
      return <ConnectScene computer={spec.computer} device={device} label={label} />;
    case 'trust-prompt':
      return <TrustPromptScene device={device} label={label} />;
    case 'program':
      return <ProgramScene program={spec.program} target={spec.target} device={device} label={label} />;
    case 'full-disk-access':
      return <FullDiskAccessScene settings={spec.settings} target={spec.target} label={label} />;
    case 'icloud-backup':
      return <IcloudBackupScene target={spec.target} device={device} label={label} />;
    case 'manage-storage':
      return <ManageStorageScene device={device} label={label} />;
  }
}

/** The picture in its figure, described in words for people who cannot see it. */
export function Picture({ spec, device }: PictureProps) {
  return (
    <PictureFigure spec={spec} tablet={device.tablet}>
      <Scene spec={spec} device={device} label={pictureAlt(spec, device)} />
    </PictureFigure>
  );
}
