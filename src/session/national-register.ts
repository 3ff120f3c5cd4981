import catchments from '../../datasets/reference/catchment-somatic-2024.csv?raw';
import health from '../../datasets/reference/health-organisations.csv?raw';
import codes from '../../datasets/reference/municipality-codes.csv?raw';
import areas from '../../datasets/reference/national-areas.csv?raw';
import { buildNationalRegister, type NationalRegister } from '../domain/register';
import { parseRegisterFiles } from '../ingest/national-register';
import { organisations } from './reference';

/**
 * The whole country (docs/national-register.md, «In the app»): 28 KB gzip, so it is never part
 * of the first page. Import it dynamically (`loadNationalRegister`) or from a lazy chunk (the
 * upload panel, the organisation page).
 */
export const nationalRegister: NationalRegister = buildNationalRegister(
  organisations,
  parseRegisterFiles({ areas, health, catchments, codes }),
);
