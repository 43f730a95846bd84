import { wizardPages } from '@/components/wizard/pages';

const pages = wizardPages('application');
export const generateMetadata = pages.stopMetadata;
export default pages.StopPage;
