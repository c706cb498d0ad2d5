import { HQ_URL_VARIABLE } from '../../../electron/sync/hq-url';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';
import { openTestHq, type TestHq } from '../../helpers/hq-database';

/** A running Backroom with a store and its admin, whose head office (named by the environment) is an empty database. */
export interface BackroomWithHq {
  t: TestBackroom;
  hq: TestHq;
  admin: string;
  dispose(): Promise<void>;
}

export async function openBackroomWithHq(): Promise<BackroomWithHq> {
  const [t, hq] = await Promise.all([openTestBackroom(), openTestHq()]);
  const admin = (await setUpStore(t)).token;
  process.env[HQ_URL_VARIABLE] = hq.url;
  return {
    t,
    hq,
    admin,
    async dispose() {
      delete process.env[HQ_URL_VARIABLE];
      await t.dispose();
      await hq.dispose();
    },
  };
}

/** Rows of a head-office table. */
export const hqCount = async (hq: TestHq, table: string) =>
  Number((await hq.query<{ n: string }>(`SELECT COUNT(*) AS "n" FROM "${table}"`))[0]!.n);
