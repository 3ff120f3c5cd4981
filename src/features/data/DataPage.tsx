import { built } from '../../session/build';
import { UploadPanel } from '../upload/UploadPanel';
import { DatasetList } from './DatasetList';

/**
 * The analysts' page: bring a file in, see and delete what is loaded. A published build that
 * does not allow uploads lists its datasets only.
 */
export function DataPage() {
  return (
    <>
      {built.config.allowUpload && <UploadPanel />}
      <DatasetList readOnly={!built.config.allowUpload} />
    </>
  );
}
