import { contentPageRoute } from '@/components/layout/ContentPage';

const route = contentPageRoute('Privacy');
export const generateMetadata = route.generateMetadata;
export default route.Page;
