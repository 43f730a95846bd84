import { contentPageRoute } from '@/components/layout/ContentPage';

const route = contentPageRoute('Accessibility');
export const generateMetadata = route.generateMetadata;
export default route.Page;
