/** The Office error code a promise rejects with, or "no error" (the fake's tests check which rule refused). */
export const officeCode = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return "no error";
};
