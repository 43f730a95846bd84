import { wizardPages } from '@/components/wizard/pages';

const pages = wizardPages('application');
export const generateMetadata = pages.stepMetadata;
export default pages.StepPage;
