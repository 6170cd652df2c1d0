import { createFileRoute } from '@tanstack/react-router';
import { ShareLanding } from '../features/share/components/share-landing.tsx';

/** Share links land here; the page explains an expired or invalid link instead of failing silently. */
export const Route = createFileRoute('/s/$token')({
  component: SharePage,
});

function SharePage() {
  const { token } = Route.useParams();
  return <ShareLanding token={token} />;
}
