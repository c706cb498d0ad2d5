import { Stepper } from '@mantine/core';
import { useState } from 'react';
import { useFinishSetup } from '../../api/hooks/useSetup';
import { CenteredPanel } from '../../components/CenteredPanel';
import { CreateStoreForm } from './CreateStoreForm';
import { DemoDataStep } from './DemoDataStep';

export function FirstRunScreen() {
  const [step, setStep] = useState<'store' | 'data'>('store');
  const finishSetup = useFinishSetup();
  return (
    <CenteredPanel
      title={step === 'store' ? 'Set up your store' : 'Your store is ready'}
      subtitle={step === 'store' ? 'Backroom keeps its data on this computer.' : 'How would you like to begin?'}
      width={480}
    >
      <Stepper active={step === 'store' ? 0 : 1} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Store" description="Name and first admin" />
        <Stepper.Step label="Data" description="Demo or empty" />
      </Stepper>
      {step === 'store' ? <CreateStoreForm onCreated={() => setStep('data')} /> : <DemoDataStep onDone={finishSetup} />}
    </CenteredPanel>
  );
}
