/**
 * Whether this browser will keep the board on the device. Some (private browsing, some iPad
 * Safari versions, locked-down council laptops) refuse IndexedDB: the screen then says so and
 * works online only.
 */
export async function canKeepOnDevice(timeoutMs = 3000): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  const probe = new Promise<boolean>((resolve) => {
    try {
      const request = indexedDB.open('challenge-board-probe');
      request.onsuccess = () => {
        request.result.close();
        resolve(true);
      };
      request.onerror = () => resolve(false);
      request.onblocked = () => resolve(false);
    } catch {
      resolve(false);
    }
  });
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([probe, timeout]);
}
