import { Text, Title } from '@mantine/core';

/** What someone without the role sees of a screen: its title, and whom to ask. Nothing is asked of the host. */
function RoleOnlyScreen({ title, subject, openTo }: { title: string; subject: string; openTo: string }) {
  return (
    <>
      <Title order={2} mb="md">
        {title}
      </Title>
      <Text c="dimmed">
        {subject} is open to {openTo}. Ask one of them to log in.
      </Text>
    </>
  );
}

/** What a clerk sees of a screen only managers and admins may use. */
export function ManagersOnlyScreen({ title, subject }: { title: string; subject: string }) {
  return <RoleOnlyScreen title={title} subject={subject} openTo="managers and admins" />;
}

/** What a clerk or manager sees of a screen only admins may use. */
export function AdminsOnlyScreen({ title, subject }: { title: string; subject: string }) {
  return <RoleOnlyScreen title={title} subject={subject} openTo="admins" />;
}
