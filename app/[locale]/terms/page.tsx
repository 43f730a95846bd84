import { contentPageRoute } from '@/components/layout/ContentPage';

const route = contentPageRoute('Terms');
export const generateMetadata = route.generateMetadata;
export default route.Page;
