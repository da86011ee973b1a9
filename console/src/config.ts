/** What the gateway tells the console at /console-config.json (ports follow the launcher). */
export interface ConsoleConfig {
  /** The OpenID issuer the services accept, e.g. http://127.0.0.1:18180/realms/govsite. */
  issuer: string
  clientId: string
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console-config.json', { cache: 'no-store' })
  if (!response.ok) {
    throw new Error(`/console-config.json answered ${response.status}`)
  }
  return (await response.json()) as ConsoleConfig
}
