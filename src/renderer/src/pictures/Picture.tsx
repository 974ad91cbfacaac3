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

function ProgramScene({ program, target, device }: { program: ProgramWindow; target: ProgramTarget; device: PictureDevice }) {
  switch (program) {
    case 'finder':
      return <FinderScene target={target} device={device} />;
    case 'apple-devices':
      return <AppleDevicesScene target={target} device={device} />;
    case 'itunes-mac':
      return <ItunesScene platform="mac" target={target} device={device} />;
    case 'itunes-windows':
      return <ItunesScene platform="windows" target={target} device={device} />;
    case 'terminal':
      return <TerminalScene target={target} device={device} />;
  }
}

function Scene({ spec, device }: PictureProps) {
  switch (spec.scene) {
    case 'connect':
      return <ConnectScene computer={spec.computer} device={device} />;
    case 'trust-prompt':
      return <TrustPromptScene device={device} />;
    case 'program':
      return <ProgramScene program={spec.program} target={spec.target} device={device} />;
    case 'full-disk-access':
      return <FullDiskAccessScene settings={spec.settings} target={spec.target} />;
    case 'icloud-backup':
      return <IcloudBackupScene target={spec.target} device={device} />;
    case 'manage-storage':
      return <ManageStorageScene device={device} />;
  }
}

/** The picture in its figure, described in words for people who cannot see it. */
export function Picture({ spec, device }: PictureProps) {
  return (
    <PictureFigure spec={spec} tablet={device.tablet} label={pictureAlt(spec, device)}>
      <Scene spec={spec} device={device} />
    </PictureFigure>
  );
}
