import { startPortalHome } from '../shared/portal-home';

void startPortalHome('policy');
