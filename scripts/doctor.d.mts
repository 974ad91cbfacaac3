/** Types for scripts/doctor.mjs, which tests import. */

/** What the doctor is built from, relative to the project root. */
export declare const DOCTOR_INPUTS: string[];
/** The built doctor, relative to the project root. */
export declare const DOCTOR_OUTPUT: string;
/** The newest modification time of a file, or of any file below a folder; 0 when it does not exist. */
export declare function newestMtime(path: string): number;
/** Whether the doctor under `root` must be built before it runs. */
export declare function needsBuild(root?: string): boolean;
