// The page half of the browser test's EIP-1193 wallet, installed as `window.ethereum` before the page's own scripts
// run (Playwright's addInitScript). Every request goes to the Node half through the `__testWallet` binding
// (Playwright's exposeFunction); its answer names the events to emit (`chainChanged`, `accountsChanged`) before the
// request resolves, as a wallet extension emits them.
;(() => {
  const listeners = new Map()
  const emit = (event, value) => {
    for (const listener of listeners.get(event) ?? []) listener(value)
  }
  const provider = {
    isTestWallet: true,
    async request({ method, params }) {
      const answer = await window.__testWallet({ method, params: params ?? [] })
      for (const [event, value] of answer.events) emit(event, value)
      if (answer.error) {
        const error = new Error(answer.error.message)
        error.code = answer.error.code
        if (answer.error.data !== undefined) error.data = answer.error.data
        throw error
      }
      return answer.result
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return provider
    },
    removeListener(event, listener) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((l) => l !== listener),
      )
      return provider
    },
  }
  window.ethereum = provider
})()
