import { useEffect, useState } from 'react';
import type { JoinAddress } from '../../../../shared/src/index.js';
import { api } from '../../live/api.js';
import { useWorkshop } from '../../state/sessionContext.js';

/**
 * The address tablets open, in words. Opened at localhost, the codes and QR codes would point at
 * this computer only: the console says so, and offers this server's addresses on the venue's network.
 */
export function JoinAddressNote() {
  const { workshopId, token } = useWorkshop();
  const [address, setAddress] = useState<JoinAddress | null>(null);
  useEffect(() => {
    api.joinAddress(workshopId, token).then(setAddress, () => setAddress(null));
  }, [workshopId, token]);
  if (!address) return <p>Tablets open the start page and type the team’s code, or scan its QR code.</p>;
  if (!address.onlyThisComputer) {
    return (
      <p>
        Tablets open <strong className="join-panel__address">{address.base}</strong> and type the team’s code,
        or scan its QR code.
      </p>
    );
  }
  // The console's own link at that address: another address is another origin, so it keeps no token.
  const here = `/w/${workshopId}/facilitator#token=${token}`;
  return (
    <div className="banner banner--warning" role="status">
      <p>
        This console is open at {address.base}, which only this computer can reach: tablets could not open the
        codes’ links or QR codes.
      </p>
      {address.networkUrls.length > 0 ? (
        <p>
          Open the console at this computer’s address on the venue’s network instead:{' '}
          {address.networkUrls.map((url, i) => (
            <span key={url}>
              {i > 0 && ' or '}
              <a href={`${url}${here}`}>{url}</a>
            </span>
          ))}
          . Your IT team can also set PUBLIC_URL.
        </p>
      ) : (
        <p>This computer is not on a network now. Connect it to the venue’s Wi-Fi, or ask your IT team.</p>
      )}
    </div>
  );
}
