import { Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { IndexLabPanel } from './IndexLabPanel';
import { QuestionsPanel } from './QuestionsPanel';
import { SqlPanel } from './SqlPanel';

/** Ready-made questions for managers and admins; SQL and the index lab for admins. */
export function QueryLabScreen() {
  const staff = useCurrentStaff();
  const admin = staff.role === 'admin';
  return (
    <Stack>
      <div>
        <Anchor component={Link} to="/analytics" size="sm">
          ← Analytics
        </Anchor>
        <Title order={2}>Query lab</Title>
      </div>
      {staff.role === 'clerk' ? (
        <Text>The query lab is for managers and admins.</Text>
      ) : (
        <Tabs defaultValue="questions" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="questions">Questions</Tabs.Tab>
            {admin && <Tabs.Tab value="sql">SQL</Tabs.Tab>}
            {admin && <Tabs.Tab value="index">Index lab</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="questions">
            <QuestionsPanel />
          </Tabs.Panel>
          {admin && (
            <Tabs.Panel value="sql">
              <SqlPanel />
            </Tabs.Panel>
          )}
          {admin && (
            <Tabs.Panel value="index">
              <IndexLabPanel />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Stack>
  );
}
