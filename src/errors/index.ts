export { PoortwachterError, isPoortwachterError, type InputIssue, type InputIssueCode, type SafeResult } from './PoortwachterError.js';
