/**
 * The renderer's entry: one set of services (API, toasts, command registry), the interface
 * language, and the app. The global shortcut listener is attached here, once.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { getApi } from './api';
import { App } from './app/App';
import { ServicesProvider, type AppServices } from './app/services';
import { Toasts } from './components/Toasts';
import { ToastStore } from './components/toast-store';
import { createI18n } from './i18n';
import { CommandRegistry } from './keyboard/registry';
import './styles/base.css';
import './styles/shell.css';
import './styles/kinds.css';

const services: AppServices = {
  api: getApi(),
  toasts: new ToastStore(),
  commands: new CommandRegistry(),
};
services.commands.attach(window);
const i18n = createI18n();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={services}>
          <App />
          <Toasts store={services.toasts} />
        </ServicesProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
