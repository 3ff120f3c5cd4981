import { useParams } from '@tanstack/react-router';
import { organisations } from '../../session/reference';
import { NotFoundPage } from '../../shell/NotFoundPage';

/** All indicators for one municipality or health trust, grouped by area. */
export function OrganisationPage() {
  const { orgCode } = useParams({ from: '/organisation/$orgCode' });
  const organisation = organisations.find((o) => o.code === orgCode);
  if (organisation === undefined) return <NotFoundPage />;
  return (
    <section className="panel">
      <h2>{organisation.name}</h2>
    </section>
  );
}
