import { wizardPages } from '@/components/wizard/pages';

const pages = wizardPages('questionnaire');
export const generateMetadata = pages.stepMetadata;
export default pages.StepPage;
