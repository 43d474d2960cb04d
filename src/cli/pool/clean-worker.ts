/**
 * Worker module of `galley clean --jobs N`: cleans the files it is sent, one at a time.
 */
import { cleanFile, type CleanOutcome, type CleanTask } from '../clean-file';
import { serveTasks } from './serve';

serveTasks<CleanTask, CleanOutcome>(cleanFile);
