import { Text, Title } from '@mantine/core';

/** What a clerk sees of a screen only managers and admins may use: its title, and whom to ask. */
export function ManagersOnlyScreen({ title, subject }: { title: string; subject: string }) {
  return (
    <>
      <Title order={2} mb="md">
        {title}
      </Title>
      <Text c="dimmed">{subject} is open to managers and admins. Ask one of them to log in.</Text>
    </>
  );
}
