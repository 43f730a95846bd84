export { Button, ButtonGroup, ButtonLink } from './Button';
export { Checkboxes, Radios, type ChoiceOption } from './Choices';
export { DateInput, type DateParts } from './DateInput';
export { ErrorSummary } from './ErrorSummary';
export { NotificationBanner } from './NotificationBanner';
export { Select } from './Select';
export { Textarea } from './Textarea';
export { TextInput } from './TextInput';

