import { AppError } from '../../shared/errors';
import type { FileArea } from './file-area';

/** What handlers may do with the files area (the class's public face). */
export type FileAccess = Pick<
  FileArea,
  'beginUpload' | 'appendUpload' | 'finishUpload' | 'createOutput' | 'get' | 'read' | 'list' | 'remove' | 'sweep'
>;

function refuse(): never {
  throw new AppError('INTERNAL', 'Files are moved through the main process only.');
}

/** For contexts without a files area (reader threads, export pages, tools that build a bare dispatcher). */
export const filesUnavailable: FileAccess = {
  beginUpload: refuse,
  appendUpload: refuse,
  finishUpload: refuse,
  createOutput: refuse,
  get: refuse,
  read: refuse,
  list: refuse,
  remove: refuse,
  sweep: refuse,
};
