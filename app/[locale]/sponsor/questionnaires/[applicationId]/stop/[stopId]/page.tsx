import { wizardPages } from '@/components/wizard/pages';

const pages = wizardPages('questionnaire');
export const generateMetadata = pages.stopMetadata;
export default pages.StopPage;
