import type { ReactNode } from 'react';
import { built } from '../../session/build';
import { DatasetList } from './DatasetList';

/**
 * The analysts' page: bring a file in, see and delete what is loaded. A published build that
 * does not allow uploads lists its datasets only. The upload panel is another feature's, so the
 * shell hands it in.
 */
export function DataPage({ upload }: { upload: ReactNode }) {
  return (
    <>
      {built.config.allowUpload && upload}
      <DatasetList readOnly={!built.config.allowUpload} />
    </>
  );
}
