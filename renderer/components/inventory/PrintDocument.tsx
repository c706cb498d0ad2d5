import { Button, Group } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Shortcut } from './Shortcut';
import classes from './PrintDocument.module.css';

/**
 * A page meant for paper or PDF: a toolbar on screen, the document alone when printed (the print
 * styles hide the app around it). The title names the PDF a browser saves.
 */
export function PrintDocument({
  title,
  backTo,
  backLabel,
  tools,
  children,
}: {
  title: string;
  backTo: string;
  backLabel: string;
  /** Extra on-screen controls, such as what to include on the sheet. */
  tools?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  return (
    <>
      <div className={classes.toolbar}>
        <Button component={Link} to={backTo} variant="default">
          {backLabel}
        </Button>
        <Group gap="sm">
          {tools}
          <Button onClick={() => window.print()} rightSection={<Shortcut keys="Ctrl+P" />}>
            Print or save as PDF
          </Button>
        </Group>
      </div>
      <article className={classes.sheet} data-print-document aria-label={title}>
        {children}
      </article>
    </>
  );
}
