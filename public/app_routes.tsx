import { Redirect, Route, Switch } from 'react-router-dom';

import { decodeRouteParam } from './lib/app_location_state';
import { AlertsPage } from './pages/alerts_page/alerts_page';
import { ExceptionsPage } from './pages/exceptions_page/exceptions_page';
import { InvestigationPage } from './pages/investigation_page/investigation_page';
import {
  ReviewInvestigationPage,
} from './pages/review_investigation_page/review_investigation_page';
import { ReviewPage } from './pages/review_page/review_page';

/** Renders the page that matches the path relative to the app's base path. */
export const AppRoutes = () => (
  <Switch>
    <Route path="/" exact>
      <AlertsPage />
    </Route>
    <Route
      path="/alerts/:alertId"
      exact
      render={({ match }) => {
        const alertId = decodeRouteParam(match.params.alertId);
        return <InvestigationPage alertId={alertId} key={alertId} />;
      }}
    />
    <Route path="/review" exact>
      <ReviewPage />
    </Route>
    <Route
      path="/review/:alertId"
      exact
      render={({ match }) => {
        const alertId = decodeRouteParam(match.params.alertId);
        return <ReviewInvestigationPage alertId={alertId} key={alertId} />;
      }}
    />
    <Route path="/exceptions" exact>
      <ExceptionsPage />
    </Route>
    <Redirect to="/" />
  </Switch>
);
