import { alibabaWith } from './adapter';
import { productReader } from './product/reader';
import { searchReader } from './search/reader';
import { supplierReader } from './supplier/reader';

export const ALIBABA_READERS = [searchReader, productReader, supplierReader] as const;

/** alibaba.com with every page kind: for the background and the audit CLI. */
export const alibaba = alibabaWith(ALIBABA_READERS);
