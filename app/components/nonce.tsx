// The CSP nonce of the current response, for the inline scripts Remix renders. Only the
// server knows it; in the browser it is "" (browsers hide nonce attributes from scripts anyway).
import { createContext, useContext } from "react";

const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;

export function useNonce() {
  return useContext(NonceContext);
}
