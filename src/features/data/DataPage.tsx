import { UploadPanel } from '../upload/UploadPanel';
import { DatasetList } from './DatasetList';

/** The analysts' page: bring a file in, see and delete what is loaded. */
export function DataPage() {
  return (
    <>
      <UploadPanel />
      <DatasetList />
    </>
  );
}
