/**
 * Where `all_time` and open `/export/events` ranges begin: earlier than any OpenPanel data (the product
 * launched in 2024), late enough to keep month charts short.
 */
export const ALL_TIME_START = '2020-01-01';
