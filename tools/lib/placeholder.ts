/**
 * The marker `new:page` leaves where a contributor still has to write something, and that the
 * parity check rejects. One constant, so the two can never disagree.
 */
export const placeholder = 'TODO';
