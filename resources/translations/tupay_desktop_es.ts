<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../tupay_desktop/ui/accessibility.py" line="35"/>
        <source>%1, vertical scroll bar</source>
        <translation>%1, barra de desplazamiento vertical</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/accessibility.py" line="36"/>
        <source>%1, horizontal scroll bar</source>
        <translation>%1, barra de desplazamiento horizontal</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/accessibility.py" line="38"/>
        <source>Vertical scroll bar</source>
        <translation>Barra de desplazamiento vertical</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/accessibility.py" line="39"/>
        <source>Horizontal scroll bar</source>
        <translation>Barra de desplazamiento horizontal</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="129"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="130"/>
        <source>Cashout id</source>
        <translation>Id de retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="131"/>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="132"/>
        <source>Status at TuPay</source>
        <translation>Estado en TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="133"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="134"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="135"/>
        <source>On this machine</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="141"/>
        <source>differs (here %1, TuPay %2)</source>
        <translation>difiere (aquí %1, TuPay %2)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="182"/>
        <source>This machine&apos;s journal has this cashout with the same status.</source>
        <translation>El diario de este equipo tiene este retiro con el mismo estado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="184"/>
        <source>This machine&apos;s journal has this cashout with another status; refresh it to catch up with TuPay.</source>
        <translation>El diario de este equipo tiene este retiro con otro estado; actualícelo para ponerse al día con TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="187"/>
        <source>Made from another machine or from the web panel: this journal does not have it.</source>
        <translation>Hecho desde otro equipo o desde el panel web: este diario no lo tiene.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="188"/>
        <source>This journal has it as sent, but TuPay&apos;s account list does not show it in the range.</source>
        <translation>Este diario lo tiene como enviado, pero la lista de la cuenta en TuPay no lo muestra en el rango.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <location filename="../../tupay_desktop/account.py" line="76"/>
        <source>same status</source>
        <translation>mismo estado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="77"/>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="78"/>
        <source>not sent from here</source>
        <translation>no enviado desde aquí</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="79"/>
        <source>missing at TuPay</source>
        <translation>falta en TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="204"/>
        <source>TuPay&apos;s account list has this external_id with the same amount and document: it is this cashout (cashout %1).</source>
        <translation>La lista de la cuenta en TuPay tiene este external_id con el mismo monto y documento: es este retiro (retiro %1).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="208"/>
        <source>The external_id %1 belongs to another cashout at TuPay (cashout %2: %3 %4 to document %5, created %6): this one was not created. Send it with a new external_id if it is still due.</source>
        <translation>El external_id %1 pertenece a otro retiro en TuPay (retiro %2: %3 %4 al documento %5, creado %6): este no fue creado. Envíelo con un nuevo external_id si aún corresponde.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="212"/>
        <source>TuPay&apos;s account list does not show whose cashout holds this external_id.</source>
        <translation>La lista de la cuenta en TuPay no muestra de quién es el retiro con este external_id.</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="225"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="225"/>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="226"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="226"/>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="234"/>
        <source>Status at TuPay</source>
        <translation>Estado en TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="235"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="239"/>
        <source>Fetch</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="240"/>
        <source>Fetch the account&apos;s cashouts</source>
        <translation>Consultar los retiros de la cuenta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="243"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="244"/>
        <source>Cancel the fetch</source>
        <translation>Cancelar la consulta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="250"/>
        <source>Fetch progress</source>
        <translation>Progreso de la consulta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="257"/>
        <source>Only &amp;differences</source>
        <translation>Solo &amp;diferencias</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="258"/>
        <source>Show only the differences</source>
        <translation>Mostrar solo las diferencias</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="262"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="263"/>
        <source>Export the rows as CSV</source>
        <translation>Exportar las filas como CSV</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="272"/>
        <source>The account&apos;s cashouts</source>
        <translation>Los retiros de la cuenta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="310"/>
        <source>The Merchants API (TuPay&apos;s reconciliation API) is not set up for this environment: add its access key and secret key in Settings to see every cashout of the account here, whichever machine or the web panel made it.</source>
        <translation>La API de Merchants (la API de conciliación de TuPay) no está configurada para este entorno: agregue su access key y secret key en Configuración para ver aquí todos los retiros de la cuenta, los haya hecho cualquier equipo o el panel web.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="315"/>
        <source>Choose a range and press Fetch.</source>
        <translation>Elija un rango y pulse Consultar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="335"/>
        <source>The end of the range is before its start.</source>
        <translation>El fin del rango es anterior a su inicio.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="357"/>
        <source>Fetching the account&apos;s cashouts…</source>
        <translation>Consultando los retiros de la cuenta…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="366"/>
        <source>Cancelling after the page under way…</source>
        <translation>Cancelando después de la página en curso…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="370"/>
        <source>Export the account&apos;s cashouts</source>
        <translation>Exportar los retiros de la cuenta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="371"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="384"/>
        <source>Exported %1 rows to %2.</source>
        <translation>Se exportaron %1 filas a %2.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="389"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="413"/>
        <source>Fetched %1 cashouts (%2 pages)…</source>
        <translation>%1 retiros consultados (%2 páginas)…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="432"/>
        <source>%1 cashouts at TuPay: %2 with the same status here, %3 differ, %4 not sent from here; %5 of this journal&apos;s missing at TuPay.</source>
        <translation>%1 retiros en TuPay: %2 con el mismo estado aquí, %3 difieren, %4 no enviados desde aquí; %5 de este diario faltan en TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="438"/>
        <source>Cancelled: %1 cashouts fetched so far (the journal&apos;s are not checked against a partial list).</source>
        <translation>Cancelado: %1 retiros consultados hasta ahora (los del diario no se comparan con una lista parcial).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="449"/>
        <source>The fetch failed: %1</source>
        <translation>La consulta falló: %1</translation>
    </message>
</context>
<context>
    <name>BalanceIndicator</name>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="128"/>
        <source>Balance: reading…</source>
        <translation>Saldo: leyendo…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="130"/>
        <source>Available balance at TuPay</source>
        <translation>Saldo disponible en TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="164"/>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="165"/>
        <source>Available balance at TuPay (Merchants API), read at %1. It can be out of date: other machines and the web panel spend it too.</source>
        <translation>Saldo disponible en TuPay (API de Merchants), leído a las %1. Puede estar desactualizado: otros equipos y el panel web también lo usan.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="178"/>
        <source>Balance: unavailable</source>
        <translation>Saldo: no disponible</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="191"/>
        <source>This amount is more than the account&apos;s available balance (%1 %2, as last read). TuPay will likely refuse it (514 insufficient funds); you can still send it.</source>
        <translation>Este monto supera el saldo disponible de la cuenta (%1 %2, según la última lectura). Es probable que TuPay lo rechace (514 fondos insuficientes); aun así puede enviarlo.</translation>
    </message>
</context>
<context>
    <name>CashoutForm</name>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="275"/>
        <source>New cashout</source>
        <translation>Nuevo retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="283"/>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="285"/>
        <source>Same beneficiary again</source>
        <translation>Mismo beneficiario otra vez</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="300"/>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="303"/>
        <source>New id</source>
        <translation>Nuevo ID</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="304"/>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="305"/>
        <source>Generate a new external id</source>
        <translation>Generar un nuevo ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="310"/>
        <source>Resend with the same id</source>
        <translation>Reenviar con el mismo ID</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="311"/>
        <source>Resend with the declined external id</source>
        <translation>Reenviar con el ID externo denegado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="313"/>
        <source>Send it again under the external id TuPay declined (how TuPay treats a declined id sent again is not documented)</source>
        <translation>Enviarlo de nuevo con el ID externo que TuPay denegó (no está documentado cómo trata TuPay un ID denegado enviado otra vez)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="317"/>
        <source>E&amp;xternal id</source>
        <translation>ID e&amp;xterno</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="320"/>
        <source>Beneficiary first name</source>
        <translation>Nombres del beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="320"/>
        <source>e.g. Alex</source>
        <translation>p. ej. Alex</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="321"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombres</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="322"/>
        <source>Beneficiary last name</source>
        <translation>Apellidos del beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="322"/>
        <source>e.g. Gonzales</source>
        <translation>p. ej. Gonzales</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="323"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="327"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="329"/>
        <source>DNI (8 digits)</source>
        <translation>DNI (8 dígitos)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="330"/>
        <source>CE (9 digits)</source>
        <translation>CE (9 dígitos)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="331"/>
        <source>RUC (11 digits)</source>
        <translation>RUC (11 dígitos)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="332"/>
        <source>PASS (12 digits)</source>
        <translation>PASS (12 dígitos)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="336"/>
        <source>National identity document</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="336"/>
        <source>Foreigner&apos;s card (carné de extranjería)</source>
        <translation>Carné de extranjería</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="337"/>
        <source>Taxpayer number</source>
        <translation>Registro único de contribuyentes</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="337"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="343"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="343"/>
        <source>digits only</source>
        <translation>solo dígitos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="345"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="347"/>
        <source>Bank account (CCI, 20 digits)</source>
        <translation>Cuenta bancaria (CCI, 20 dígitos)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="347"/>
        <source>20-digit CCI</source>
        <translation>CCI de 20 dígitos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="348"/>
        <source>&amp;CCI</source>
        <translation>&amp;CCI</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="354"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="358"/>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="359"/>
        <source>S — Savings</source>
        <translation>S — Ahorros</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="359"/>
        <source>C — Current (checking)</source>
        <translation>C — Corriente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="361"/>
        <source>Account &amp;type</source>
        <translation>&amp;Tipo de cuenta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="363"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="363"/>
        <source>e.g. 150.00</source>
        <translation>p. ej. 150.00</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="366"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="367"/>
        <source>&amp;Amount</source>
        <translation>M&amp;onto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="376"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="376"/>
        <source>Peru (PE)</source>
        <translation>Perú (PE)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="377"/>
        <source>Co&amp;untry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="379"/>
        <source>Notification URL</source>
        <translation>URL de notificación</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="380"/>
        <source>&amp;Notification URL</source>
        <translation>URL de noti&amp;ficación</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="382"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="382"/>
        <source>optional, echoed in notifications</source>
        <translation>opcional; se repite en las notificaciones</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="383"/>
        <source>Co&amp;mments</source>
        <translation>Comentar&amp;ios</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="393"/>
        <source>Send cashout</source>
        <translation>Enviar retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="398"/>
        <source>Open settings…</source>
        <translation>Abrir configuración…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="399"/>
        <source>Open settings to add credentials</source>
        <translation>Abrir la configuración para agregar credenciales</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="421"/>
        <source>Request preview (exact JSON and signature)</source>
        <translation>Vista previa de la solicitud (JSON exacto y firma)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="422"/>
        <source>Show or hide the request preview</source>
        <translation>Mostrar u ocultar la vista previa de la solicitud</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="433"/>
        <source>Request preview</source>
        <translation>Vista previa de la solicitud</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="527"/>
        <source>Send to PRODUCTION</source>
        <translation>Enviar a PRODUCCIÓN</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="529"/>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="530"/>
        <source>Send this cashout (Ctrl+Enter)</source>
        <translation>Enviar este retiro (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="580"/>
        <source>New id: %1 was declined and stays in History under its own id.</source>
        <translation>Nuevo ID: %1 fue denegado y queda en el Historial con su propio ID.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="597"/>
        <source>The declined id %1 again: TuPay may refuse it (how it treats a declined id sent again is not documented).</source>
        <translation>De nuevo el ID denegado %1: TuPay puede rechazarlo (no está documentado cómo trata un ID denegado enviado otra vez).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="760"/>
        <source>Outcome still unknown</source>
        <translation>Resultado aún desconocido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="761"/>
        <source>The outcome of the cashout with external id %1 is still unknown. It may have been created. Sending the same cashout again under a new external id could pay the beneficiary twice.

Look it up first. Generate a new id anyway?</source>
        <translation>El resultado del retiro con ID externo %1 aún es desconocido. Es posible que se haya creado. Enviar el mismo retiro otra vez con un nuevo ID externo podría pagarle dos veces al beneficiario.

Consúltelo primero. ¿Generar un nuevo ID de todos modos?</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="801"/>
        <source>Cleared on switching to Production.</source>
        <translation>Borrado al pasar a Producción.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="811"/>
        <source>Fill in %1 again (name, document, CCI and account type) under a new external id</source>
        <translation>Completar de nuevo a %1 (nombre, documento, CCI y tipo de cuenta) con un nuevo ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="847"/>
        <source>Bank not recognised from the first three digits</source>
        <translation>Banco no reconocido por los tres primeros dígitos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="850"/>
        <source>Named from the CCI&apos;s first three digits</source>
        <translation>Identificado por los tres primeros dígitos del CCI</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="905"/>
        <source>Sending… waiting for TuPay&apos;s answer. Do not close the Desk.</source>
        <translation>Enviando… esperando la respuesta de TuPay. No cierre el Desk.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="907"/>
        <source>Not sent yet: checking for possible duplicates and waiting for any confirmation.</source>
        <translation>Aún no enviado: buscando posibles duplicados y esperando cualquier confirmación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="913"/>
        <source>Fix %n field(s) to enable sending.</source>
        <translation>
            <numerusform>Corrija %n campo para habilitar el envío.</numerusform>
            <numerusform>Corrija %n campos para habilitar el envío.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="916"/>
        <source>Ready. Ctrl+Enter sends.</source>
        <translation>Listo. Ctrl+Enter envía.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="925"/>
        <source>The preview appears when every field is valid.</source>
        <translation>La vista previa aparece cuando todos los campos son válidos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="929"/>
        <source>No preview: this environment has no credentials to sign with yet.</source>
        <translation>Sin vista previa: este entorno aún no tiene credenciales para firmar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="935"/>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>DNI — national id (8 digits)</source>
        <translation type="vanished">DNI — documento nacional de identidad (8 dígitos)</translation>
    </message>
    <message>
        <source>CE — foreigner&apos;s card (9 digits)</source>
        <translation type="vanished">CE — carné de extranjería (9 dígitos)</translation>
    </message>
    <message>
        <source>RUC — taxpayer number (11 digits)</source>
        <translation type="vanished">RUC — registro único de contribuyentes (11 dígitos)</translation>
    </message>
    <message>
        <source>PASS — passport (12 digits)</source>
        <translation type="vanished">PASS — pasaporte (12 dígitos)</translation>
    </message>
</context>
<context>
    <name>CashoutService</name>
    <message>
        <location filename="../../tupay_desktop/service.py" line="81"/>
        <source>TuPay has this cashout: it was created.</source>
        <translation>TuPay tiene este retiro: sí se creó.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="82"/>
        <source>TuPay has no cashout with this external_id: it was not created. It can be resubmitted with the same external_id.</source>
        <translation>TuPay no tiene ningún retiro con este external_id: no se creó. Se puede volver a enviar con el mismo external_id.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="87"/>
        <source>The lookup failed; the outcome is still unknown. Try again later.</source>
        <translation>La consulta falló; el resultado sigue siendo desconocido. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="90"/>
        <source>This cashout is being sent right now; not reconciled.</source>
        <translation>Este retiro se está enviando en este momento; no se concilió.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="91"/>
        <source>TuPay has no cashout with this external_id yet — it may still be processing it. Reconcile looks again (also on start); only if it is still missing after the settling window is it marked not created. Do not send it again under a new id.</source>
        <translation>TuPay aún no tiene un retiro con este external_id; puede que todavía lo esté procesando. La conciliación vuelve a consultarlo (también al iniciar); solo si sigue sin aparecer pasado el plazo de asentamiento se marca como no creado. No lo envíe de nuevo con un id nuevo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="97"/>
        <source>Conflict: TuPay already has a different cashout with this external_id (error 511), one this journal never sent. This cashout was NOT created and nothing was paid. Create it again with a new external_id.</source>
        <translation>Conflicto: TuPay ya tiene otro retiro con este external_id (error 511), uno que este registro nunca envió. Este retiro NO se creó y no se pagó nada. Créelo de nuevo con un external_id nuevo.</translation>
    </message>
</context>
<context>
    <name>CashoutView</name>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="220"/>
        <source>cashout_id or external_id</source>
        <translation>cashout_id o external_id</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="221"/>
        <source>Cashout to look up</source>
        <translation>Retiro a consultar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="223"/>
        <source>Digits are read as a cashout_id, anything else as an external_id (Ctrl+L)</source>
        <translation>Los dígitos se leen como cashout_id; cualquier otra cosa, como external_id (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="226"/>
        <source>&amp;Auto</source>
        <translation>&amp;Auto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="227"/>
        <source>cashout_&amp;id</source>
        <translation>cashout_&amp;id</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="228"/>
        <source>e&amp;xternal_id</source>
        <translation>e&amp;xternal_id</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="233"/>
        <source>Detect the kind of identifier</source>
        <translation>Detectar el tipo de identificador</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="234"/>
        <source>Look up by cashout_id</source>
        <translation>Consultar por cashout_id</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="235"/>
        <source>Look up by external_id</source>
        <translation>Consultar por external_id</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="236"/>
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="238"/>
        <source>Cancel lookup</source>
        <translation>Cancelar consulta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="239"/>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Dejar de esperar la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="248"/>
        <source>Lookup in progress</source>
        <translation>Consulta en curso</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="264"/>
        <source>Why lookups are unavailable</source>
        <translation>Por qué no se puede consultar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="266"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="281"/>
        <source>No cashout shown yet. Send one with the form, type its cashout_id or external_id above and press Enter (Ctrl+L), or select one in the History tab: its status, its meaning and any rejection appear here and refresh by themselves.</source>
        <translation>Todavía no se muestra ningún retiro. Envíe uno con el formulario, escriba su cashout_id o external_id arriba y presione Enter (Ctrl+L), o seleccione uno en la pestaña Historial: su estado, su significado y cualquier rechazo aparecen aquí y se actualizan solos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="288"/>
        <source>No cashout shown yet</source>
        <translation>Todavía no se muestra ningún retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="296"/>
        <source>Scroll the cashout details</source>
        <translation>Desplazar los detalles del retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="328"/>
        <source>Status meaning</source>
        <translation>Significado del estado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="329"/>
        <source>Cashout identifiers</source>
        <translation>Identificadores del retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="330"/>
        <source>Status description from TuPay</source>
        <translation>Descripción del estado según TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="331"/>
        <source>Amount paid</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="332"/>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="333"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="334"/>
        <source>Account (CCI, masked)</source>
        <translation>Cuenta (CCI, enmascarada)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="335"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="336"/>
        <source>Rejection</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="337"/>
        <source>Bank reference</source>
        <translation>Referencia bancaria</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="338"/>
        <source>Last refreshed</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="339"/>
        <source>Automatic refresh</source>
        <translation>Actualización automática</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="349"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="350"/>
        <source>Meaning:</source>
        <translation>Significado:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="351"/>
        <source>Cashout:</source>
        <translation>Retiro:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="353"/>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="354"/>
        <source>Beneficiary:</source>
        <translation>Beneficiario:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="355"/>
        <source>Bank:</source>
        <translation>Banco:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="356"/>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="357"/>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="358"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="359"/>
        <source>Rejection:</source>
        <translation>Rechazo:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="360"/>
        <source>Bank reference:</source>
        <translation>Referencia bancaria:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="361"/>
        <source>Last refreshed:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="362"/>
        <source>Auto refresh:</source>
        <translation>Actualización automática:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="365"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="366"/>
        <source>Look the status up again (F5)</source>
        <translation>Consultar el estado otra vez (F5)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="368"/>
        <source>Cancel cashout (experimental)…</source>
        <translation>Cancelar retiro (experimental)…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="370"/>
        <source>Ask TuPay to cancel this PENDING cashout. Experimental: the cancel endpoint is documented by D24 only and TuPay may not offer it.</source>
        <translation>Pedir a TuPay que cancele este retiro PENDIENTE. Experimental: el endpoint de cancelación solo está documentado por D24 y es posible que TuPay no lo ofrezca.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="374"/>
        <source>Put on hold (experimental)</source>
        <translation>Poner en espera (experimental)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="376"/>
        <source>Ask TuPay to hold this PENDING cashout: it is not processed until released. Experimental: documented by D24 only; TuPay may not offer it.</source>
        <translation>Pide a TuPay poner en espera este retiro PENDIENTE: no se procesa hasta que se libere. Experimental: solo D24 lo documenta; TuPay puede no ofrecerlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="380"/>
        <source>Release (experimental)</source>
        <translation>Liberar (experimental)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="382"/>
        <source>Ask TuPay to move this cashout from On hold back to Pending. Experimental: documented by D24 only; TuPay may not offer it.</source>
        <translation>Pide a TuPay devolver este retiro de En espera a Pendiente. Experimental: solo D24 lo documenta; TuPay puede no ofrecerlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="386"/>
        <source>Recei&amp;pt…</source>
        <translation>Com&amp;probante…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="387"/>
        <source>Save this cashout&apos;s receipt as a PDF file</source>
        <translation>Guardar el comprobante de este retiro como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="399"/>
        <source>Cashout</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="421"/>
        <source>Sandbox notifications</source>
        <translation>Notificaciones del sandbox</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="423"/>
        <source>What the sandbox POSTed to this cashout&apos;s notification URL — what your server would receive. The notification never carries the status: re-query it.</source>
        <translation>Lo que el sandbox envió (POST) a la URL de notificación de este retiro: lo que recibiría su servidor. La notificación nunca trae el estado: vuelva a consultarlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="430"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="430"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="430"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="431"/>
        <source>Notifications the sandbox sent</source>
        <translation>Notificaciones que envió el sandbox</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="437"/>
        <source>Sandbox notification URL on this computer</source>
        <translation>URL de notificación del sandbox en este equipo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="439"/>
        <source>Where the sandbox sends notifications of cashouts created without a notification URL: a receiver on this computer (http://localhost or 127.0.0.1). Empty: none.</source>
        <translation>Adónde envía el sandbox las notificaciones de los retiros creados sin URL de notificación: un receptor en este equipo (http://localhost o 127.0.0.1). Vacío: ninguna.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="442"/>
        <source>Send notifications there</source>
        <translation>Enviar las notificaciones ahí</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="526"/>
        <source>Lookups are unavailable: this environment is not ready (its credentials are missing or it could not be started). Set it up in Settings (Ctrl+,).</source>
        <translation>No se puede consultar: este entorno no está listo (faltan sus credenciales o no se pudo iniciar). Configúrelo en Configuración (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="591"/>
        <source>A cashout_id is made of digits only.</source>
        <translation>Un cashout_id solo tiene dígitos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="593"/>
        <source>Type a cashout_id or an external_id to look up.</source>
        <translation>Escriba un cashout_id o un external_id para consultar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="606"/>
        <source>Lookup cancelled.</source>
        <translation>Consulta cancelada.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="617"/>
        <source>Cancel cashout?</source>
        <translation>¿Cancelar el retiro?</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="618"/>
        <source>Cancel cashout %1 (external_id %2)?

The beneficiary will not be paid. This uses an experimental endpoint that TuPay may not offer.</source>
        <translation>¿Cancelar el retiro %1 (external_id %2)?

No se le pagará al beneficiario. Se usa un endpoint experimental que es posible que TuPay no ofrezca.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="648"/>
        <source>No receipt: this cashout was not sent from this computer, so its journal has no beneficiary details for it.</source>
        <translation>Sin comprobante: este retiro no se envió desde esta computadora, así que su diario no tiene los datos del beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="657"/>
        <source>Not put on hold: %1</source>
        <translation>No se puso en espera: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="661"/>
        <source>Not released: %1</source>
        <translation>No se liberó: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="688"/>
        <source>Type a URL on this computer, such as http://127.0.0.1:8000/notify.</source>
        <translation>Escriba una URL de este equipo, como http://127.0.0.1:8000/notify.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="725"/>
        <source>The sandbox&apos;s notifications could not be read: %1</source>
        <translation>No se pudieron leer las notificaciones del sandbox: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="737"/>
        <source>The sandbox now notifies %1 for cashouts created without a notification URL.</source>
        <translation>El sandbox ahora notifica a %1 los retiros creados sin URL de notificación.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="741"/>
        <source>The sandbox notifies only cashouts created with a notification URL.</source>
        <translation>El sandbox solo notifica los retiros creados con URL de notificación.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="746"/>
        <source>The sandbox&apos;s notification URL could not be changed: %1</source>
        <translation>No se pudo cambiar la URL de notificación del sandbox: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="755"/>
        <source>%1 GMT</source>
        <translation>%1 GMT</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="758"/>
        <source>POST %1
%2
(announces the status %3, which it does not carry)</source>
        <translation>POST %1
%2
(anuncia el estado %3, que no incluye)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="763"/>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="771"/>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="778"/>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="783"/>
        <source>Gave up after %1 attempts (last: %2)</source>
        <translation>Abandonada tras %1 intentos (último: %2)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="786"/>
        <source>Waiting to be sent</source>
        <translation>Esperando ser enviada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="789"/>
        <source>%1 — retried at %2</source>
        <translation>%1 — se reintenta a las %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="922"/>
        <source>The lookup failed unexpectedly: %1</source>
        <translation>La consulta falló inesperadamente: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="935"/>
        <source>The cancellation failed unexpectedly: %1</source>
        <translation>La cancelación falló inesperadamente: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="964"/>
        <source>Not cancelled: %1</source>
        <translation>No se canceló: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="979"/>
        <source>No answer from TuPay: %1</source>
        <translation>Sin respuesta de TuPay: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="981"/>
        <source>Unexpected answer: %1</source>
        <translation>Respuesta inesperada: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="993"/>
        <source>Off — the status is final</source>
        <translation>Desactivada: el estado es final</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="995"/>
        <source>Next refresh in %1 s</source>
        <translation>Próxima actualización en %1 s</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="997"/>
        <source>Stopped after an error</source>
        <translation>Detenida tras un error</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1038"/>
        <source> (code %1)</source>
        <translation> (código %1)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1040"/>
        <source> TuPay&apos;s reason: “%1”.</source>
        <translation> Motivo según TuPay: «%1».</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1068"/>
        <source>not recognised (code %1)</source>
        <translation>no reconocido (código %1)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1075"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1088"/>
        <source>cashout_id %1</source>
        <translation>cashout_id %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1090"/>
        <source>external_id %1</source>
        <translation>external_id %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1137"/>
        <source>Cancelling needs both the cashout_id and the external_id: open the cashout from the history or look it up by its external_id.</source>
        <translation>Para cancelar se necesitan el cashout_id y el external_id: abra el retiro desde el historial o consúltelo por su external_id.</translation>
    </message>
</context>
<context>
    <name>ConfirmProductionDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="48"/>
        <source>Confirm a PRODUCTION cashout</source>
        <translation>Confirmar un retiro en PRODUCCIÓN</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="55"/>
        <source>PRODUCTION — real money. Confirming sends this cashout to %1 and pays a real bank account.</source>
        <translation>PRODUCCIÓN — dinero real. Al confirmar, este retiro se envía a %1 y se paga a una cuenta bancaria real.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="70"/>
        <source>bank not recognised</source>
        <translation>banco no reconocido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="71"/>
        <source>Savings (S)</source>
        <translation>Ahorros (S)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="71"/>
        <source>Current (C)</source>
        <translation>Corriente (C)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="74"/>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="75"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="76"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="77"/>
        <source>CCI</source>
        <translation>CCI</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="78"/>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="79"/>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="86"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="80"/>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="95"/>
        <source>Type the amount (%1) to confirm:</source>
        <translation>Escriba el monto (%1) para confirmar:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="102"/>
        <source>Type the amount to confirm</source>
        <translation>Escriba el monto para confirmar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="116"/>
        <source>Send %1 to PRODUCTION</source>
        <translation>Enviar %1 a PRODUCCIÓN</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="123"/>
        <source>Confirm and send to Production</source>
        <translation>Confirmar y enviar a Producción</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="125"/>
        <source>Cancel, send nothing</source>
        <translation>Cancelar, no enviar nada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="147"/>
        <source>Amount confirmed. Enter sends it.</source>
        <translation>Monto confirmado. Enter lo envía.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="150"/>
        <source>That is not the amount of this cashout.</source>
        <translation>Ese no es el monto de este retiro.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="163"/>
        <source>Not sent: that is not the amount of this cashout. Type %1 to send it.</source>
        <translation>No enviado: ese no es el monto de este retiro. Escriba %1 para enviarlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="166"/>
        <source>Not sent: type the amount (%1) first.</source>
        <translation>No enviado: primero escriba el monto (%1).</translation>
    </message>
    <message>
        <source>Amount confirmed.</source>
        <translation type="vanished">Monto confirmado.</translation>
    </message>
</context>
<context>
    <name>CreateFlow</name>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="80"/>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="84"/>
        <source>Created: cashout %1 (external id %2) — %3. Its status is followed on the right.</source>
        <translation>Creado: retiro %1 (ID externo %2) — %3. Su estado se sigue a la derecha.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="87"/>
        <source>Found it: the cashout with external id %1 was created — %2. Its status is on the right.</source>
        <translation>Encontrado: el retiro con ID externo %1 sí se creó — %2. Su estado está a la derecha.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="92"/>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="332"/>
        <source>Sending %1 %2 (external id %3)…</source>
        <translation>Enviando %1 %2 (ID externo %3)…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="95"/>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="448"/>
        <source>Outcome unknown — looking it up by external id %1… (%2) Do not send it again under a new id until the lookup answers.</source>
        <translation>Resultado desconocido: consultándolo por el ID externo %1… (%2) No lo vuelva a enviar con un nuevo ID hasta que la consulta responda.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="99"/>
        <source>Not found yet: TuPay had no cashout with external id %1 moments after it was sent — it may still be processing it. The Desk looks again; do not send it again under a new id.</source>
        <translation>Aún no encontrado: TuPay no tenía ningún retiro con ID externo %1 momentos después del envío; puede que aún lo esté procesando. El Desk vuelve a consultar; no lo vuelva a enviar con un nuevo ID.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="105"/>
        <source>Not created: TuPay has no cashout with external id %1. It can be resubmitted with the same external id (History, “Resubmit…”).</source>
        <translation>No creado: TuPay no tiene ningún retiro con ID externo %1. Se puede reenviar con el mismo ID externo (Historial, «Reenviar…»).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="109"/>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="445"/>
        <source>Not sent — nothing was created: %1</source>
        <translation>No enviado: no se creó nada: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="114"/>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="442"/>
        <source>Not created. %1</source>
        <translation>No creado. %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="116"/>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="432"/>
        <source>Conflict — NOT created: external id %1 already belongs to a different cashout at TuPay (error 511), one this journal never sent. Nothing was paid. Use “New id” to send this cashout under a new external id.</source>
        <translation>Conflicto — NO creado: el id externo %1 ya pertenece a otro retiro en TuPay (error 511), uno que este registro nunca envió. No se pagó nada. Use «Nuevo ID» para enviar este retiro con un id externo nuevo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="231"/>
        <source>Nothing was sent: the journal could not be read (%1).</source>
        <translation>No se envió nada: no se pudo leer el registro (%1).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="244"/>
        <source>Not sent: the Desk was closed before sending.</source>
        <translation>No enviado: el Desk se cerró antes de enviar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="265"/>
        <source>Made elsewhere in the last 24 hours (TuPay&apos;s account list):</source>
        <translation>Hechos en otro lugar en las últimas 24 horas (lista de la cuenta en TuPay):</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="269"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="269"/>
        <source>Check before sending</source>
        <translation>Revise antes de enviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/create_flow.py" line="273"/>
        <source>The journal already has %n cashout(s) to this account for this amount:</source>
        <translation>
            <numerusform>El registro ya tiene %n retiro a esta cuenta por este monto:</numerusform>
            <numerusform>El registro ya tiene %n retiros a esta cuenta por este monto:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/create_flow.py" line="276"/>
        <source>TuPay&apos;s account list has %n cashout(s) to this document for this amount:</source>
        <translation>
            <numerusform>La lista de la cuenta en TuPay tiene %n retiro a este documento por este monto:</numerusform>
            <numerusform>La lista de la cuenta en TuPay tiene %n retiros a este documento por este monto:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="279"/>
        <source>The amount is more than the account&apos;s available balance.</source>
        <translation>El monto supera el saldo disponible de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="280"/>
        <source>Send this one anyway?</source>
        <translation>¿Enviar este de todos modos?</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="281"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="291"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="321"/>
        <source>Cancelled — nothing was sent to Production.</source>
        <translation>Cancelado: no se envió nada a Producción.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="429"/>
        <source>Created: cashout %1 (external id %2). Its status is followed on the right.</source>
        <translation>Creado: retiro %1 (ID externo %2). Su estado se sigue a la derecha.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="437"/>
        <source>TuPay already has the cashout with external id %1, sent before from this journal: nothing was paid twice. It is looked up on the right.</source>
        <translation>TuPay ya tiene el retiro con id externo %1, enviado antes desde este registro: no se pagó dos veces. Se consulta a la derecha.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="452"/>
        <source>Not sent: a cashout with external id %1 is already in the journal and may exist at TuPay. It is being looked up; use “New id” only for a different cashout.</source>
        <translation>No enviado: ya hay un retiro con ID externo %1 en el registro y puede que exista en TuPay. Se está consultando; use «Nuevo ID» solo para un retiro distinto.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="455"/>
        <source>Outcome unknown for external id %1; look it up before sending again.</source>
        <translation>Resultado desconocido para el ID externo %1; consúltelo antes de volver a enviar.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="53"/>
        <source>The OS keyring is unavailable ({reason}); credentials are kept for this session only and will be forgotten on exit.</source>
        <translation>El llavero del sistema no está disponible ({reason}); las credenciales se guardan solo durante esta sesión y se olvidarán al salir.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="58"/>
        <source>no keyring backend is installed</source>
        <translation>no hay ningún backend de llavero instalado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="59"/>
        <source>the keyring is locked or the unlock prompt was dismissed</source>
        <translation>el llavero está bloqueado o se cerró la ventana de desbloqueo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="60"/>
        <source>only a file-based keyring is configured, and credentials never go into files</source>
        <translation>solo hay configurado un llavero basado en archivos, y las credenciales nunca se guardan en archivos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="63"/>
        <source>the keyring service could not be opened</source>
        <translation>no se pudo abrir el servicio de llavero</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="64"/>
        <source>the D-Bus Secret Service did not answer</source>
        <translation>el Secret Service de D-Bus no respondió</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="65"/>
        <source>the keyring reported an error</source>
        <translation>el llavero informó un error</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="66"/>
        <source>this run does not use the OS keyring</source>
        <translation>esta ejecución no usa el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="76"/>
        <source>API Key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="77"/>
        <source>API Passphrase</source>
        <translation>API Passphrase</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="78"/>
        <source>API Signature</source>
        <translation>API Signature</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="158"/>
        <source>Merchants API access key</source>
        <translation>Access key de la API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="159"/>
        <source>Merchants API secret key</source>
        <translation>Secret key de la API de Merchants</translation>
    </message>
</context>
<context>
    <name>CustomEnvironmentDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="44"/>
        <source>Add a custom environment</source>
        <translation>Agregar un entorno personalizado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="53"/>
        <source>Another TuPay host, e.g. a test server TuPay gave you. Its credentials are set afterwards, in Settings.</source>
        <translation>Otro servidor de TuPay, p. ej. uno de pruebas que TuPay le dio. Sus credenciales se configuran después, en Configuración.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="59"/>
        <source>Name of the environment</source>
        <translation>Nombre del entorno</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="61"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="62"/>
        <source>https://… (http:// only on this machine)</source>
        <translation>https://… (http:// solo en esta máquina)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="64"/>
        <source>Default notification URL</source>
        <translation>URL de notificación predeterminada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="65"/>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="75"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="76"/>
        <source>&amp;Base URL</source>
        <translation>URL &amp;base</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="77"/>
        <source>Default &amp;notification URL</source>
        <translation>URL de noti&amp;ficación predeterminada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="87"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="115"/>
        <source>Give the environment a name.</source>
        <translation>Dé un nombre al entorno.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="119"/>
        <source>The name needs at least one letter or digit.</source>
        <translation>El nombre necesita al menos una letra o un dígito.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="121"/>
        <source>There is already an environment called “%1”; choose another name.</source>
        <translation>Ya hay un entorno llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="128"/>
        <source>Type the base URL TuPay gave you, e.g. https://api.example.com.</source>
        <translation>Escriba la URL base que TuPay le dio, p. ej. https://api.example.com.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="132"/>
        <source>Plain http:// is only allowed to this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>http:// sin cifrar solo se permite hacia esta máquina (localhost, 127.0.0.1, ::1); use https://.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="135"/>
        <source>Not a usable base URL: it must look like https://host[:port][/path], without spaces, a user name or password, a query or a fragment.</source>
        <translation>No es una URL base utilizable: debe tener la forma https://host[:puerto][/ruta], sin espacios, usuario ni contraseña, consulta ni fragmento.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="146"/>
        <source>The notification URL is longer than %1 characters.</source>
        <translation>La URL de notificación tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="148"/>
        <source>The notification URL must be an http(s):// URL with a host name, or empty.</source>
        <translation>La URL de notificación debe ser una URL http(s):// con un nombre de host, o quedar vacía.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="182"/>
        <source>Not added: %1</source>
        <translation>No se agregó: %1</translation>
    </message>
</context>
<context>
    <name>DeskStart</name>
    <message>
        <location filename="../../tupay_desktop/app.py" line="150"/>
        <source>TuPay Cashout Desk is already running on this profile (process %1), but it does not answer. Close it, or end that process, and start the Desk again. If no Desk is running, delete %2.</source>
        <translation>TuPay Cashout Desk ya se está ejecutando en este perfil (proceso %1), pero no responde. Ciérrelo, o termine ese proceso, y vuelva a iniciar el Desk. Si no hay ningún Desk en ejecución, borre %2.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <location filename="../../tupay_desktop/store/settings.py" line="137"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/settings.py" line="139"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/settings.py" line="144"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="306"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
</context>
<context>
    <name>EnvironmentBar</name>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="33"/>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="79"/>
        <source>Environment %1</source>
        <translation>Entorno %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="129"/>
        <source>The local sandbox inside the Desk: no real money, no network.</source>
        <translation>El sandbox local dentro del Desk: sin dinero real y sin red.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="131"/>
        <source>PRODUCTION — real money: %1</source>
        <translation>PRODUCCIÓN — dinero real: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeFile</name>
    <message>
        <location filename="../../tupay_desktop/ui/exchange_file.py" line="108"/>
        <source>Save the exchange</source>
        <translation>Guardar el intercambio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/exchange_file.py" line="111"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/exchange_file.py" line="123"/>
        <source>The exchange could not be saved to %1: %2</source>
        <translation>No se pudo guardar el intercambio en %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="129"/>
        <source>Please wait a few seconds before refreshing again.</source>
        <translation>Espere unos segundos antes de volver a actualizar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="137"/>
        <source>Refreshing open cashouts…</source>
        <translation>Actualizando los retiros abiertos…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="155"/>
        <source>Reconciling: looking up every cashout of %1 whose outcome is unknown…</source>
        <translation>Conciliando: consultando cada retiro de %1 cuyo resultado es desconocido…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="176"/>
        <source>Reconciling %1…</source>
        <translation>Conciliando %1…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="185"/>
        <source>Nothing to reconcile: no cashout of this environment has an unknown outcome.</source>
        <translation>Nada que conciliar: ningún retiro de este entorno tiene un resultado desconocido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="193"/>
        <source>%n found and adopted</source>
        <translation>
            <numerusform>%n encontrado e incorporado</numerusform>
            <numerusform>%n encontrados e incorporados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="195"/>
        <source>%n not found yet — looked up again on the next reconcile</source>
        <translation>
            <numerusform>%n aún no encontrado — se vuelve a consultar en la próxima conciliación</numerusform>
            <numerusform>%n aún no encontrados — se vuelven a consultar en la próxima conciliación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="197"/>
        <source>1 never reached TuPay — select it to resubmit</source>
        <translation>1 nunca llegó a TuPay: selecciónelo para reenviarlo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="199"/>
        <source>%n never reached TuPay — select them to resubmit</source>
        <translation>
            <numerusform>%n nunca llegó a TuPay: selecciónelo para reenviarlo</numerusform>
            <numerusform>%n nunca llegaron a TuPay: selecciónelos para reenviarlos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="201"/>
        <source>%n being sent right now (left alone)</source>
        <translation>
            <numerusform>%n enviándose en este momento (no se tocó)</numerusform>
            <numerusform>%n enviándose en este momento (no se tocaron)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="203"/>
        <source>%n still unknown — the lookup failed; try again later</source>
        <translation>
            <numerusform>%n sigue desconocido: la consulta falló; vuelva a intentarlo más tarde</numerusform>
            <numerusform>%n siguen desconocidos: la consulta falló; vuelva a intentarlo más tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="204"/>
        <source>%n checked: %1</source>
        <translation>
            <numerusform>%n verificado: %1</numerusform>
            <numerusform>%n verificados: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="217"/>
        <source>Cannot resubmit %1: %2</source>
        <translation>No se puede reenviar %1: %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="227"/>
        <source>Not resubmitted: nothing was sent for %1.</source>
        <translation>No reenviado: no se envió nada para %1.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="231"/>
        <source>Not resubmitted: the environment changed while confirming. Nothing was sent.</source>
        <translation>No reenviado: el entorno cambió durante la confirmación. No se envió nada.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="239"/>
        <source>Resubmitting %1 with the same external id…</source>
        <translation>Reenviando %1 con el mismo ID externo…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="255"/>
        <source>Resubmit a PRODUCTION cashout</source>
        <translation>Reenviar un retiro de PRODUCCIÓN</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="257"/>
        <source>This cashout never reached TuPay. It is sent again with the SAME external id %1, so TuPay can never create it twice.</source>
        <translation>Este retiro nunca llegó a TuPay. Se envía otra vez con el MISMO ID externo %1, así TuPay nunca podrá crearlo dos veces.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="271"/>
        <source>Send this cashout to %1 again?

External id: %2 (the same id: TuPay refuses a second cashout with it)
Beneficiary: %3
Amount: %4 %5</source>
        <translation>¿Enviar este retiro otra vez a %1?

ID externo: %2 (el mismo ID: TuPay rechaza un segundo retiro con él)
Beneficiario: %3
Monto: %4 %5</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="276"/>
        <source>Resubmit a cashout</source>
        <translation>Reenviar un retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="284"/>
        <source>Resubmitted: TuPay created cashout %1 with the same external id %2.</source>
        <translation>Reenviado: TuPay creó el retiro %1 con el mismo ID externo %2.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="288"/>
        <source>TuPay already has a cashout with external id %1, so nothing was paid twice. Looked it up: %2.</source>
        <translation>TuPay ya tiene un retiro con ID externo %1, así que no se pagó nada dos veces. Se consultó: %2.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="291"/>
        <source>Resubmitted, but TuPay declined it — nothing was created. %1</source>
        <translation>Reenviado, pero TuPay lo denegó: no se creó nada. %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="295"/>
        <source>Not sent — nothing was created: %1 It can be resubmitted again.</source>
        <translation>No enviado: no se creó nada: %1 Se puede volver a reenviar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="298"/>
        <source>Outcome unknown for external id %1 (%2) Click “Reconcile” to look it up; never send it under a new id.</source>
        <translation>Resultado desconocido para el ID externo %1 (%2) Haga clic en «Conciliar» para consultarlo; nunca lo envíe con un nuevo ID.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="300"/>
        <source>The resubmission of %1 ended without an answer.</source>
        <translation>El reenvío de %1 terminó sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="311"/>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="312"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="331"/>
        <source>Exported %1 cashouts to %2.</source>
        <translation>Se exportaron %1 retiros a %2.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="339"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="341"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="353"/>
        <source>Refreshed %n open cashout(s).</source>
        <translation>
            <numerusform>Se actualizó %n retiro abierto.</numerusform>
            <numerusform>Se actualizaron %n retiros abiertos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="359"/>
        <source>The refresh failed: %1</source>
        <translation>La actualización falló: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="373"/>
        <source>Reconciling failed: %1</source>
        <translation>La conciliación falló: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="388"/>
        <source>The resubmission of %1 failed: %2</source>
        <translation>El reenvío de %1 falló: %2</translation>
    </message>
    <message>
        <source>Not sent — nothing was created: %1. It can be resubmitted again.</source>
        <translation type="vanished">No enviado: no se creó nada: %1. Se puede volver a reenviar.</translation>
    </message>
    <message>
        <source>Outcome unknown for external id %1 (%2). Click “Reconcile” to look it up; never send it under a new id.</source>
        <translation type="vanished">Resultado desconocido para el ID externo %1 (%2). Haga clic en «Conciliar» para consultarlo; nunca lo envíe con un nuevo ID.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="128"/>
        <location filename="../../tupay_desktop/ui/history/model.py" line="194"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="130"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="131"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="132"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="133"/>
        <source>Cashout ID</source>
        <translation>ID del retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="135"/>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="136"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="137"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="197"/>
        <source>Declined (%1)</source>
        <translation>Denegado (%1)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="200"/>
        <source>Declined</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="202"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="203"/>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="204"/>
        <source>Not found yet — looked up again</source>
        <translation>Aún no encontrado — se vuelve a consultar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="205"/>
        <source>Not created — can be resubmitted</source>
        <translation>No creado: se puede volver a enviar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="206"/>
        <source>Conflict — id used by another cashout</source>
        <translation>Conflicto — id usado por otro retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="215"/>
        <source>Not created</source>
        <translation>No creado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="217"/>
        <source>Not found yet</source>
        <translation>Aún no encontrado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="218"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="247"/>
        <source>Last checked %1</source>
        <translation>Consultado por última vez: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="255"/>
        <source>Being sent, or the Desk stopped while sending it. Reconcile looks it up by its external id.</source>
        <translation>Se está enviando, o el Desk se detuvo mientras lo enviaba. La conciliación lo consulta por su ID externo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="260"/>
        <source>The create may or may not have reached TuPay. Reconcile looks it up by its external id; never send it again under a new id.</source>
        <translation>Puede que la creación haya llegado a TuPay o no. La conciliación lo consulta por su ID externo; nunca lo vuelva a enviar con un nuevo ID.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="266"/>
        <source>TuPay had no cashout with this external id when it was looked up, moments after it was sent — it may still be processing it. Reconcile looks again (also on start); it becomes “Not created” only if it is still missing after the settling window. Never send it again under a new id.</source>
        <translation>TuPay no tenía un retiro con este id externo cuando se consultó, instantes después de enviarlo; puede que todavía lo esté procesando. La conciliación vuelve a consultarlo (también al iniciar); pasa a «No creado» solo si sigue sin aparecer pasado el plazo de asentamiento. Nunca lo envíe de nuevo con un id nuevo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="276"/>
        <source>TuPay has no cashout with this external id. Select it and click “Resubmit…” to send it again with the same external id.</source>
        <translation>TuPay no tiene ningún retiro con este ID externo. Selecciónelo y haga clic en «Reenviar…» para enviarlo otra vez con el mismo ID externo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="282"/>
        <source>Conflict: TuPay already has a different cashout with this external id, one this journal never sent. This cashout was not created and nothing was paid; send it again under a new external id.</source>
        <translation>Conflicto: TuPay ya tiene otro retiro con este id externo, uno que este registro nunca envió. Este retiro no se creó y no se pagó nada; envíelo de nuevo con un id externo nuevo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="291"/>
        <source>TuPay declined this cashout; nothing was created.</source>
        <translation>TuPay denegó este retiro; no se creó nada.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="617"/>
        <source>Bank reference: %1</source>
        <translation>Referencia bancaria: %1</translation>
    </message>
    <message>
        <source>SENDING</source>
        <translation type="vanished">ENVIANDO</translation>
    </message>
    <message>
        <source>OUTCOME UNKNOWN</source>
        <translation type="vanished">RESULTADO DESCONOCIDO</translation>
    </message>
    <message>
        <source>DECLINED</source>
        <translation type="vanished">DENEGADO</translation>
    </message>
    <message>
        <source>NOT CREATED</source>
        <translation type="vanished">NO CREADO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="vanished">CREADO</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="80"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="81"/>
        <source>Open (not final)</source>
        <translation>Abiertos (no finales)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="82"/>
        <source>Needs attention (unknown or not created)</source>
        <translation>Requiere atención (desconocidos o no creados)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="88"/>
        <source>Outcome unknown / sending</source>
        <translation>Resultado desconocido / enviando</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="90"/>
        <source>Declined / not created</source>
        <translation>Denegados / no creados</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="92"/>
        <source>Conflict (id used by another cashout)</source>
        <translation>Conflicto (id usado por otro retiro)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="149"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="154"/>
        <source>Environment filter</source>
        <translation>Filtro de entorno</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="155"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="420"/>
        <source>All environments</source>
        <translation>Todos los entornos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="156"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="158"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="160"/>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="161"/>
        <source>To date (inclusive)</source>
        <translation>Fecha hasta (inclusive)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="166"/>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="170"/>
        <source>Search external_id, cashout_id, beneficiary…</source>
        <translation>Buscar external_id, cashout_id, beneficiario…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="171"/>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="199"/>
        <source>Cashout history</source>
        <translation>Historial de retiros</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="218"/>
        <source>Restore columns</source>
        <translation>Restaurar columnas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="219"/>
        <source>Give every column its original width again</source>
        <translation>Devolver a cada columna su ancho original</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="236"/>
        <source>Number of cashouts</source>
        <translation>Cantidad de retiros</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="239"/>
        <source>Totals of the cashouts shown</source>
        <translation>Totales de los cashouts mostrados</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="240"/>
        <source>Refresh open cashouts</source>
        <translation>Actualizar retiros abiertos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="241"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="658"/>
        <source>Look up the status of every cashout that is not final</source>
        <translation>Consultar el estado de cada retiro que no es final</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="243"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="585"/>
        <source>Reconcile</source>
        <translation>Conciliar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="245"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="587"/>
        <source>Resubmit…</source>
        <translation>Reenviar…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="247"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="248"/>
        <source>Save the rows matching the filter as a CSV file</source>
        <translation>Guardar las filas que cumplen el filtro en un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="250"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="592"/>
        <source>Receipt…</source>
        <translation>Comprobante…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="251"/>
        <source>Save the selected cashout&apos;s receipt as a PDF file</source>
        <translation>Guardar el comprobante del retiro seleccionado como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="257"/>
        <source>Refresh progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="261"/>
        <source>History message</source>
        <translation>Mensaje del historial</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="400"/>
        <source>A resubmission is under way; wait for its outcome.</source>
        <translation>Hay un reenvío en curso; espere su resultado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="402"/>
        <source>Select a cashout marked “Not created” to resubmit it.</source>
        <translation>Seleccione un retiro marcado como «No creado» para reenviarlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="404"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="558"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="653"/>
        <source>Unavailable: this environment is not ready</source>
        <translation>No disponible: este entorno no está listo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="406"/>
        <source>This cashout belongs to %1: switch to %1 to resubmit it.</source>
        <translation>Este retiro pertenece a %1: cambie a %1 para reenviarlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="409"/>
        <source>Only a cashout that never reached TuPay (“Not created”) can be resubmitted; this one is “%1”.</source>
        <translation>Solo se puede reenviar un retiro que nunca llegó a TuPay («No creado»); este está «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/view.py" line="516"/>
        <source>%n cashout(s)</source>
        <translation>
            <numerusform>%n retiro</numerusform>
            <numerusform>%n retiros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="534"/>
        <source>Sum: %1 — by status: %2</source>
        <translation>Suma: %1 — por estado: %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="559"/>
        <source>This cashout belongs to %1: switch to %1 first.</source>
        <translation>Este cashout pertenece a %1: cambie primero a %1.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="571"/>
        <source>Copy external_id</source>
        <translation>Copiar external_id</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="573"/>
        <source>Copy cashout_id</source>
        <translation>Copiar cashout_id</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="575"/>
        <source>TuPay has not given this cashout a cashout_id</source>
        <translation>TuPay no le ha dado un cashout_id a este cashout</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="577"/>
        <source>Look up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="581"/>
        <source>Only a cashout whose outcome is unknown is reconciled; this one is known: look it up instead.</source>
        <translation>Solo se concilia un cashout cuyo resultado se desconoce; el de este se conoce: consúltelo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="584"/>
        <source>A refresh or reconcile is under way; wait for it to finish.</source>
        <translation>Hay una actualización o conciliación en curso; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="590"/>
        <source>New cashout from this one</source>
        <translation>Nuevo cashout a partir de este</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="628"/>
        <source>Building the search index of older cashouts: %1%. Searching works meanwhile, more slowly.</source>
        <translation>Construyendo el índice de búsqueda de los cashouts anteriores: %1%. Mientras tanto la búsqueda funciona, más lenta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="655"/>
        <source>Unavailable: this environment is not ready, so nothing can be looked up</source>
        <translation>No disponible: este entorno no está listo, así que no se puede consultar nada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="660"/>
        <source>Look up every cashout whose outcome is unknown (“Sending…”, “Outcome unknown”) by its external id: found ones are adopted, missing ones become “Not created”</source>
        <translation>Consultar por su ID externo cada retiro cuyo resultado es desconocido («Enviando…», «Resultado desconocido»): los encontrados se incorporan y los que faltan pasan a «No creado»</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="670"/>
        <source>Send %1 again with the same external id (after a confirmation)</source>
        <translation>Enviar %1 otra vez con el mismo ID externo (tras una confirmación)</translation>
    </message>
    <message>
        <source>Please wait a few seconds before refreshing again.</source>
        <translation type="vanished">Espere unos segundos antes de volver a actualizar.</translation>
    </message>
    <message>
        <source>Refreshing open cashouts…</source>
        <translation type="vanished">Actualizando los retiros abiertos…</translation>
    </message>
    <message>
        <source>Reconciling: looking up every cashout of %1 whose outcome is unknown…</source>
        <translation type="vanished">Conciliando: consultando cada retiro de %1 cuyo resultado es desconocido…</translation>
    </message>
    <message>
        <source>Nothing to reconcile: no cashout of this environment has an unknown outcome.</source>
        <translation type="vanished">Nada que conciliar: ningún retiro de este entorno tiene un resultado desconocido.</translation>
    </message>
    <message numerus="yes">
        <source>%n found and adopted</source>
        <translation type="vanished">
            <numerusform>%n encontrado e incorporado</numerusform>
            <numerusform>%n encontrados e incorporados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found yet — looked up again on the next reconcile</source>
        <translation type="vanished">
            <numerusform>%n aún no encontrado — se vuelve a consultar en la próxima conciliación</numerusform>
            <numerusform>%n aún no encontrados — se vuelven a consultar en la próxima conciliación</numerusform>
        </translation>
    </message>
    <message>
        <source>1 never reached TuPay — select it to resubmit</source>
        <translation type="vanished">1 nunca llegó a TuPay: selecciónelo para reenviarlo</translation>
    </message>
    <message numerus="yes">
        <source>%n never reached TuPay — select them to resubmit</source>
        <translation type="vanished">
            <numerusform>%n nunca llegó a TuPay: selecciónelo para reenviarlo</numerusform>
            <numerusform>%n nunca llegaron a TuPay: selecciónelos para reenviarlos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent right now (left alone)</source>
        <translation type="vanished">
            <numerusform>%n enviándose en este momento (no se tocó)</numerusform>
            <numerusform>%n enviándose en este momento (no se tocaron)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown — the lookup failed; try again later</source>
        <translation type="vanished">
            <numerusform>%n sigue desconocido: la consulta falló; vuelva a intentarlo más tarde</numerusform>
            <numerusform>%n siguen desconocidos: la consulta falló; vuelva a intentarlo más tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked: %1</source>
        <translation type="vanished">
            <numerusform>%n verificado: %1</numerusform>
            <numerusform>%n verificados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot resubmit %1: %2</source>
        <translation type="vanished">No se puede reenviar %1: %2</translation>
    </message>
    <message>
        <source>Not resubmitted: nothing was sent for %1.</source>
        <translation type="vanished">No reenviado: no se envió nada para %1.</translation>
    </message>
    <message>
        <source>Not resubmitted: the environment changed while confirming. Nothing was sent.</source>
        <translation type="vanished">No reenviado: el entorno cambió durante la confirmación. No se envió nada.</translation>
    </message>
    <message>
        <source>Resubmitting %1 with the same external id…</source>
        <translation type="vanished">Reenviando %1 con el mismo ID externo…</translation>
    </message>
    <message>
        <source>Resubmit a PRODUCTION cashout</source>
        <translation type="vanished">Reenviar un retiro de PRODUCCIÓN</translation>
    </message>
    <message>
        <source>This cashout never reached TuPay. It is sent again with the SAME external id %1, so TuPay can never create it twice.</source>
        <translation type="vanished">Este retiro nunca llegó a TuPay. Se envía otra vez con el MISMO ID externo %1, así TuPay nunca podrá crearlo dos veces.</translation>
    </message>
    <message>
        <source>Send this cashout to %1 again?

External id: %2 (the same id: TuPay refuses a second cashout with it)
Beneficiary: %3
Amount: %4 %5</source>
        <translation type="vanished">¿Enviar este retiro otra vez a %1?

ID externo: %2 (el mismo ID: TuPay rechaza un segundo retiro con él)
Beneficiario: %3
Monto: %4 %5</translation>
    </message>
    <message>
        <source>Resubmit a cashout</source>
        <translation type="vanished">Reenviar un retiro</translation>
    </message>
    <message>
        <source>Resubmitted: TuPay created cashout %1 with the same external id %2.</source>
        <translation type="vanished">Reenviado: TuPay creó el retiro %1 con el mismo ID externo %2.</translation>
    </message>
    <message>
        <source>TuPay already has a cashout with external id %1, so nothing was paid twice. Looked it up: %2.</source>
        <translation type="vanished">TuPay ya tiene un retiro con ID externo %1, así que no se pagó nada dos veces. Se consultó: %2.</translation>
    </message>
    <message>
        <source>Resubmitted, but TuPay declined it — nothing was created. %1</source>
        <translation type="vanished">Reenviado, pero TuPay lo denegó: no se creó nada. %1</translation>
    </message>
    <message>
        <source>Not sent — nothing was created: %1. It can be resubmitted again.</source>
        <translation type="vanished">No enviado: no se creó nada: %1. Se puede volver a reenviar.</translation>
    </message>
    <message>
        <source>Outcome unknown for external id %1 (%2). Click “Reconcile” to look it up; never send it under a new id.</source>
        <translation type="vanished">Resultado desconocido para el ID externo %1 (%2). Haga clic en «Conciliar» para consultarlo; nunca lo envíe con un nuevo ID.</translation>
    </message>
    <message>
        <source>The resubmission of %1 ended without an answer.</source>
        <translation type="vanished">El reenvío de %1 terminó sin respuesta.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="vanished">Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 cashouts to %2.</source>
        <translation type="vanished">Se exportaron %1 retiros a %2.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="vanished">La exportación falló: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="vanished">Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n open cashout(s).</source>
        <translation type="vanished">
            <numerusform>Se actualizó %n retiro abierto.</numerusform>
            <numerusform>Se actualizaron %n retiros abiertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation type="vanished">La actualización falló: %1</translation>
    </message>
    <message>
        <source>Reconciling failed: %1</source>
        <translation type="vanished">La conciliación falló: %1</translation>
    </message>
    <message>
        <source>The resubmission of %1 failed: %2</source>
        <translation type="vanished">El reenvío de %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="407"/>
        <source>Exchanges — newest first</source>
        <translation>Intercambios — los más nuevos primero</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="419"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="419"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="419"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="420"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="523"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="427"/>
        <source>Recent exchanges</source>
        <translation>Intercambios recientes</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="428"/>
        <source>Recent exchanges of this environment, newest first</source>
        <translation>Intercambios recientes de este entorno, los más nuevos primero</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="440"/>
        <source>No exchanges yet in this environment.

Every request the Desk sends — a cashout, a status lookup, a cancellation — appears in the list on the left, newest first. Select one to see its URL, HTTP status, headers and bodies (login and pass hidden), the TuPay error explained in words, and to copy it as cURL.</source>
        <translation>Todavía no hay intercambios en este entorno.

Cada solicitud que envía el Desk —un retiro, una consulta de estado, una cancelación— aparece en la lista de la izquierda, las más nuevas primero. Seleccione una para ver su URL, el estado HTTP, los encabezados y los cuerpos (login y pass ocultos), el error de TuPay explicado en palabras, y para copiarla como cURL.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="450"/>
        <source>No exchanges yet</source>
        <translation>Todavía no hay intercambios</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="520"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="521"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="522"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="524"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="525"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="534"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="679"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="836"/>
        <source>Copy as cURL</source>
        <translation>Copiar como cURL</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="536"/>
        <source>Copy a shell snippet that replays this request; the credentials are read from $TUPAY_API_KEY, $TUPAY_API_PASSPHRASE and $TUPAY_API_SIGNATURE.</source>
        <translation>Copiar un fragmento de shell que repite esta solicitud; las credenciales se leen de $TUPAY_API_KEY, $TUPAY_API_PASSPHRASE y $TUPAY_API_SIGNATURE.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="539"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="680"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="844"/>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="540"/>
        <source>Copy the response body, pretty-printed</source>
        <translation>Copiar el cuerpo de la respuesta, con formato legible</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="548"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="555"/>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="549"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="553"/>
        <source>Response headers</source>
        <translation>Encabezados de la respuesta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="550"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="554"/>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="551"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="552"/>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="592"/>
        <source>Explanation:</source>
        <translation>Explicación:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="594"/>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="595"/>
        <source>HTTP status:</source>
        <translation>Estado HTTP:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="596"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="597"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="598"/>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="603"/>
        <source>Exchange summary</source>
        <translation>Resumen del intercambio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="627"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="681"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="856"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="629"/>
        <source>Save this exchange to a file (JSON; login and pass hidden), to send to a colleague or to TuPay&apos;s support</source>
        <translation>Guarda este intercambio en un archivo (JSON; login y pass ocultos), para enviarlo a un colega o al soporte de TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="637"/>
        <source>Exchange actions</source>
        <translation>Acciones del intercambio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="647"/>
        <source>Search URL, status, bodies…</source>
        <translation>Buscar URL, estado, cuerpos…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="648"/>
        <source>Search the exchanges</source>
        <translation>Buscar en los intercambios</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="650"/>
        <source>Lists only the exchanges whose URL, HTTP status or bodies contain every word typed: an external_id, a cashout_id, a status code, a name…</source>
        <translation>Lista solo los intercambios cuya URL, estado HTTP o cuerpos contienen todas las palabras escritas: un external_id, un cashout_id, un código de estado, un nombre…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="654"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="685"/>
        <source>Only this cashout</source>
        <translation>Solo este retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="656"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="915"/>
        <source>List only the exchanges of the selected exchange&apos;s cashout (the same external_id or cashout_id): its creation and its status lookups</source>
        <translation>Lista solo los intercambios del retiro del intercambio seleccionado (el mismo external_id o cashout_id): su creación y sus consultas de estado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="775"/>
        <source>No response: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="777"/>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="779"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="1008"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="853"/>
        <source>Saved ✓</source>
        <translation>Guardado ✓</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="854"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="865"/>
        <source>Hide summary</source>
        <translation>Ocultar resumen</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="865"/>
        <source>Show summary</source>
        <translation>Mostrar resumen</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="869"/>
        <source>%1: the method, URL, status and times; folded, the bodies get more room</source>
        <translation>%1: el método, la URL, el estado y los tiempos; plegado, los cuerpos tienen más espacio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="914"/>
        <source>Listing only the exchanges of external_id %1</source>
        <translation>Se listan solo los intercambios del external_id %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="957"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="959"/>
        <source>%1 of the %2 exchanges match the filter</source>
        <translation>%1 de los %2 intercambios coinciden con el filtro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="986"/>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="1005"/>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="1042"/>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="1046"/>
        <source>TuPay says: “%1”.</source>
        <translation>TuPay indica: «%1».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exchanges&lt;/b&gt; — newest first</source>
        <translation type="vanished">&lt;b&gt;Intercambios&lt;/b&gt; — los más nuevos primero</translation>
    </message>
    <message>
        <source>Recent exchanges, newest first</source>
        <translation type="vanished">Intercambios recientes, los más nuevos primero</translation>
    </message>
</context>
<context>
    <name>JournalProblemDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="29"/>
        <source>The journal cannot be opened</source>
        <translation>No se puede abrir el registro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="33"/>
        <source>The journal was written by a newer version of TuPay Cashout Desk.</source>
        <translation>El registro fue escrito por una versión más reciente de TuPay Cashout Desk.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="34"/>
        <source>This version cannot read it safely. Install the newer version to use it. The Desk has not changed the file.</source>
        <translation>Esta versión no puede leerlo con seguridad. Instale la versión más reciente para usarlo. El Desk no ha modificado el archivo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="37"/>
        <source>The journal is empty or missing, but this profile&apos;s journal had cashouts.</source>
        <translation>El registro está vacío o no existe, pero el registro de este perfil tenía retiros.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="38"/>
        <source>It was not replaced by an empty one: its cashouts may be in a backup or a copy of this folder.</source>
        <translation>No se sustituyó por uno vacío: sus retiros pueden estar en una copia de seguridad o en una copia de esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="41"/>
        <source>The journal cannot be written, and cannot be read as it is.</source>
        <translation>No se puede escribir en el registro, y tampoco se puede leer tal como está.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="42"/>
        <source>Its folder or disk is read-only. Make it writable, then start the Desk again.</source>
        <translation>Su carpeta o su disco es de solo lectura. Hágalo escribible y vuelva a iniciar el Desk.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="45"/>
        <source>The journal is damaged, or it is not a journal file.</source>
        <translation>El registro está dañado, o no es un archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="46"/>
        <source>The Desk cannot read it and has not changed it.</source>
        <translation>El Desk no puede leerlo y no lo ha modificado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="47"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="48"/>
        <source>Nothing has been sent.</source>
        <translation>No se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="52"/>
        <source>Keep it aside (renamed to %1, unchanged) and start a fresh, empty journal? Cashouts in it whose outcome was unknown will then not be looked up by this Desk. Or quit, and restore or update first.</source>
        <translation>¿Apartarlo (renombrado a %1, sin cambios) y empezar un registro nuevo y vacío? Entonces este Desk no consultará los retiros de ese registro cuyo resultado era desconocido. O salga, y restaure o actualice primero.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="58"/>
        <source>Keep it aside and start a fresh journal</source>
        <translation>Apartarlo y empezar un registro nuevo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="61"/>
        <source>It could not be kept aside: %1</source>
        <translation>No se pudo apartar: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="62"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="84"/>
        <source>A fresh journal was started at %1.</source>
        <translation>Se empezó un registro nuevo en %1.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="86"/>
        <source>The unusable journal was kept aside, unchanged, as %1; a fresh journal was started.</source>
        <translation>El registro inutilizable se apartó, sin cambios, como %1; se empezó un registro nuevo.</translation>
    </message>
</context>
<context>
    <name>JournalState</name>
    <message>
        <location filename="../../tupay_desktop/store/journal.py" line="1664"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/journal.py" line="1665"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/journal.py" line="1666"/>
        <source>Declined</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/journal.py" line="1667"/>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/journal.py" line="1668"/>
        <source>Not created</source>
        <translation>No creado</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="106"/>
        <source>Signed and sent as exactly these bytes (compact; login and pass shown as ***):</source>
        <translation>Firmado y enviado exactamente como estos bytes (compacto; login y pass se muestran como ***):</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="143"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="143"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="143"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/json_tree.py" line="174"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n miembro}</numerusform>
            <numerusform>{%n miembros}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/json_tree.py" line="176"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="205"/>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="206"/>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="213"/>
        <source>JSON tree</source>
        <translation>Árbol JSON</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="271"/>
        <source>(no body)</source>
        <translation>(sin cuerpo)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="276"/>
        <source>(not JSON — see the raw text)</source>
        <translation>(no es JSON: vea el texto sin procesar)</translation>
    </message>
</context>
<context>
    <name>JsonType</name>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="24"/>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="25"/>
        <source>array</source>
        <translation>arreglo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="26"/>
        <source>string</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="27"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="28"/>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="29"/>
        <source>null</source>
        <translation>nulo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="224"/>
        <source>TuPay Cashout Desk</source>
        <translation>TuPay Cashout Desk</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="265"/>
        <source>Scroll the cashout form</source>
        <translation>Desplazar el formulario del retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="266"/>
        <source>Scroll the cashout form sideways</source>
        <translation>Desplazar el formulario del retiro horizontalmente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="293"/>
        <source>Cashout and exchange</source>
        <translation>Retiro e intercambios</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="299"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="306"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="331"/>
        <source>Scroll the cashout and history panes</source>
        <translation>Desplazar los paneles del retiro y del historial</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="333"/>
        <source>Scroll the cashout and history panes sideways</source>
        <translation>Desplazar los paneles del retiro y del historial hacia los lados</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="352"/>
        <source>Requests in progress</source>
        <translation>Solicitudes en curso</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="360"/>
        <location filename="../../tupay_desktop/ui/main_window.py" line="362"/>
        <source>Retry keyring</source>
        <translation>Reintentar el llavero</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="364"/>
        <source>Try the OS keyring again, after unlocking it (it may ask for its password)</source>
        <translation>Vuelve a intentar con el llavero del sistema después de desbloquearlo (puede pedir su contraseña)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="476"/>
        <source>&amp;Desk</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="477"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="483"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Cashout</source>
        <translation>&amp;Retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="489"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="493"/>
        <source>Refresh status</source>
        <translation>Actualizar estado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="497"/>
        <source>Look up a cashout…</source>
        <translation>Consultar un retiro…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="543"/>
        <source>Wait for the cashout in flight before switching environment.</source>
        <translation>Espere a que termine el retiro en curso antes de cambiar de entorno.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="575"/>
        <source>History only: the journal is read-only</source>
        <translation>Solo historial: el registro es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="577"/>
        <source>Nothing can be sent: the journal %1 cannot be written (a read-only file or disk). The history is shown as it is.</source>
        <translation>No se puede enviar nada: no se puede escribir en el registro %1 (un archivo o disco de solo lectura). El historial se muestra tal como está.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="584"/>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="585"/>
        <source>Sandbox unavailable</source>
        <translation>Sandbox no disponible</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="588"/>
        <location filename="../../tupay_desktop/ui/main_window.py" line="589"/>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el sandbox…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="593"/>
        <source>Local sandbox at %1 — simulated, no real money</source>
        <translation>Sandbox local en %1 — simulado, sin dinero real</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="597"/>
        <source>Requests go to %1</source>
        <translation>Las solicitudes van a %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="598"/>
        <source>Reading the credentials from the keyring…</source>
        <translation>Leyendo las credenciales del llavero…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="655"/>
        <source>%1&apos;s credentials cannot be read: the OS keyring is locked or did not answer. Unlock it, then press “Retry keyring”.</source>
        <translation>No se pueden leer las credenciales de %1: el llavero del sistema está bloqueado o no respondió. Desbloquéelo y pulse «Reintentar el llavero».</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="664"/>
        <source>%1 has no credentials: add its API Key, Passphrase and Signature in Settings.</source>
        <translation>%1 no tiene credenciales: agregue su API Key, Passphrase y Signature en Configuración.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="680"/>
        <source>%1 cannot be used: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/main_window.py" line="692"/>
        <source>Checked %n cashout(s) whose outcome was unknown.</source>
        <translation>
            <numerusform>Se verificó %n retiro cuyo resultado era desconocido.</numerusform>
            <numerusform>Se verificaron %n retiros cuyo resultado era desconocido.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="703"/>
        <source>PRODUCTION — TuPay Cashout Desk</source>
        <translation>PRODUCCIÓN — TuPay Cashout Desk</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="705"/>
        <source>PRODUCTION — real money. Every cashout sent here pays a real bank account.</source>
        <translation>PRODUCCIÓN — dinero real. Cada retiro enviado aquí paga a una cuenta bancaria real.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="713"/>
        <source>%1 — TuPay Cashout Desk</source>
        <translation>%1 — TuPay Cashout Desk</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="715"/>
        <source>Sandbox — simulated cashouts on this computer. No real money moves.</source>
        <translation>Sandbox — retiros simulados en esta computadora. No se mueve dinero real.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="717"/>
        <source>Staging — TuPay&apos;s test system. No real money moves.</source>
        <translation>Staging — el sistema de pruebas de TuPay. No se mueve dinero real.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="719"/>
        <source>%1 — custom environment at %2</source>
        <translation>%1 — entorno personalizado en %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="814"/>
        <source>That cashout was sent to %1: switch to %1 to follow it and see its exchanges.</source>
        <translation>Ese retiro se envió a %1: cambie a %1 para seguirlo y ver sus intercambios.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="905"/>
        <source>Sandbox not running</source>
        <translation>El sandbox no está en ejecución</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="914"/>
        <source>No credentials</source>
        <translation>Sin credenciales</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="915"/>
        <source>Save the API Key, Passphrase and Signature first, then test again.</source>
        <translation>Primero guarde la API Key, la Passphrase y la Signature; luego vuelva a probar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/main_window.py" line="933"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="940"/>
        <source>Keyring locked: saved credentials cannot be read</source>
        <translation>Llavero bloqueado: no se pueden leer las credenciales guardadas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="942"/>
        <source>Keyring unavailable: credentials are session-only</source>
        <translation>Llavero no disponible: las credenciales solo duran esta sesión</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="1053"/>
        <source>Waiting for the cashout in flight (external id %1) to settle…</source>
        <translation>Esperando a que se resuelva el retiro en curso (ID externo %1)…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="1060"/>
        <source>Closing</source>
        <translation>Cerrando</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="1090"/>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="1091"/>
        <source>The cashout with external id %1 has not settled. It is recorded in the journal as sent with an unknown outcome; the Desk looks it up by its external id the next time it starts. Do not send it again under a new id.</source>
        <translation>El retiro con ID externo %1 no se ha resuelto. Queda en el registro como enviado con resultado desconocido; el Desk lo consultará por su ID externo la próxima vez que se inicie. No lo vuelva a enviar con un nuevo ID.</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be read (%1).</source>
        <translation type="vanished">No se envió nada: no se pudo leer el registro (%1).</translation>
    </message>
    <message>
        <source>Made elsewhere in the last 24 hours (TuPay&apos;s account list):</source>
        <translation type="vanished">Hechos en otro lugar en las últimas 24 horas (lista de la cuenta en TuPay):</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="vanished">Posible duplicado</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation type="vanished">Revise antes de enviar</translation>
    </message>
    <message numerus="yes">
        <source>The journal already has %n cashout(s) to this account for this amount:</source>
        <translation type="vanished">
            <numerusform>El registro ya tiene %n retiro a esta cuenta por este monto:</numerusform>
            <numerusform>El registro ya tiene %n retiros a esta cuenta por este monto:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TuPay&apos;s account list has %n cashout(s) to this document for this amount:</source>
        <translation type="vanished">
            <numerusform>La lista de la cuenta en TuPay tiene %n retiro a este documento por este monto:</numerusform>
            <numerusform>La lista de la cuenta en TuPay tiene %n retiros a este documento por este monto:</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is more than the account&apos;s available balance.</source>
        <translation type="vanished">El monto supera el saldo disponible de la cuenta.</translation>
    </message>
    <message>
        <source>Send this one anyway?</source>
        <translation type="vanished">¿Enviar este de todos modos?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="vanished">Enviar de todos modos</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="vanished">No enviado.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was sent to Production.</source>
        <translation type="vanished">Cancelado: no se envió nada a Producción.</translation>
    </message>
    <message>
        <source>Sending %1 %2 (external id %3)…</source>
        <translation type="vanished">Enviando %1 %2 (ID externo %3)…</translation>
    </message>
    <message>
        <source>Created: cashout %1 (external id %2). Its status is followed on the right.</source>
        <translation type="vanished">Creado: retiro %1 (ID externo %2). Su estado se sigue a la derecha.</translation>
    </message>
    <message>
        <source>Conflict — NOT created: external id %1 already belongs to a different cashout at TuPay (error 511), one this journal never sent. Nothing was paid. Use “New id” to send this cashout under a new external id.</source>
        <translation type="vanished">Conflicto — NO creado: el id externo %1 ya pertenece a otro retiro en TuPay (error 511), uno que este registro nunca envió. No se pagó nada. Use «Nuevo ID» para enviar este retiro con un id externo nuevo.</translation>
    </message>
    <message>
        <source>TuPay already has the cashout with external id %1, sent before from this journal: nothing was paid twice. It is looked up on the right.</source>
        <translation type="vanished">TuPay ya tiene el retiro con id externo %1, enviado antes desde este registro: no se pagó dos veces. Se consulta a la derecha.</translation>
    </message>
    <message>
        <source>Not created. %1</source>
        <translation type="vanished">No creado. %1</translation>
    </message>
    <message>
        <source>Not sent — nothing was created: %1</source>
        <translation type="vanished">No enviado: no se creó nada: %1</translation>
    </message>
    <message>
        <source>Outcome unknown — looking it up by external id %1… (%2) Do not send it again under a new id until the lookup answers.</source>
        <translation type="vanished">Resultado desconocido: consultándolo por el ID externo %1… (%2) No lo vuelva a enviar con un nuevo ID hasta que la consulta responda.</translation>
    </message>
    <message>
        <source>Not sent: a cashout with external id %1 is already in the journal and may exist at TuPay. It is being looked up; use “New id” only for a different cashout.</source>
        <translation type="vanished">No enviado: ya hay un retiro con ID externo %1 en el registro y puede que exista en TuPay. Se está consultando; use «Nuevo ID» solo para un retiro distinto.</translation>
    </message>
    <message>
        <source>Outcome unknown for external id %1; look it up before sending again.</source>
        <translation type="vanished">Resultado desconocido para el ID externo %1; consúltelo antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Found it: the cashout with external id %1 was created. Its status is on the right.</source>
        <translation type="vanished">Encontrado: el retiro con ID externo %1 sí se creó. Su estado está a la derecha.</translation>
    </message>
    <message>
        <source>Not sent: the Desk was closed before sending.</source>
        <translation type="vanished">No enviado: el Desk se cerró antes de enviar.</translation>
    </message>
</context>
<context>
    <name>MerchantsApi</name>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="170"/>
        <source>The Merchants API is not set up for this environment: add its access key and secret key in Settings.</source>
        <translation>La API de Merchants no está configurada para este entorno: agregue su access key y secret key en Configuración.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="174"/>
        <source>This machine&apos;s IP is not whitelisted for the Merchants API (its whitelist is separate from the cashout API&apos;s): ask TuPay to add this office&apos;s IP for the Merchants API user.</source>
        <translation>La IP de este equipo no está en la lista blanca de la API de Merchants (es una lista distinta de la de la API de retiros): pida a TuPay que agregue la IP de esta oficina para el usuario de la API de Merchants.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="178"/>
        <source>The Merchants API refused the access key or secret key: check them in Settings (the API user can no longer log in to the web panel once it is enabled for the API).</source>
        <translation>La API de Merchants rechazó la access key o la secret key: revíselas en Configuración (el usuario de la API ya no puede entrar al panel web una vez habilitado para la API).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="182"/>
        <source>The Merchants API session was refused even after logging in again.</source>
        <translation>La API de Merchants rechazó la sesión incluso después de iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="185"/>
        <source>The Merchants API refused the date range.</source>
        <translation>La API de Merchants rechazó el rango de fechas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="188"/>
        <source>The Merchants API refused the request.</source>
        <translation>La API de Merchants rechazó la solicitud.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="189"/>
        <source>The Merchants API&apos;s answer could not be read (check the Merchants API URL).</source>
        <translation>No se pudo leer la respuesta de la API de Merchants (revise la URL de la API de Merchants).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="192"/>
        <source>The Merchants API could not be reached.</source>
        <translation>No se pudo contactar la API de Merchants.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="193"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>MerchantsSettingsBox</name>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="472"/>
        <source>Merchants API — the whole account (optional)</source>
        <translation>API de Merchants — toda la cuenta (opcional)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="483"/>
        <source>Merchants API URL</source>
        <translation>URL de la API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="487"/>
        <source>Merchants API &amp;URL</source>
        <translation>&amp;URL de la API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="488"/>
        <source>Access &amp;key (API user e-mail)</source>
        <translation>Access &amp;key (correo del usuario de la API)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="488"/>
        <source>Merchants API access key</source>
        <translation>Access key de la API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="489"/>
        <source>S&amp;ecret key</source>
        <translation>S&amp;ecret key</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="489"/>
        <source>Merchants API secret key</source>
        <translation>Secret key de la API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="498"/>
        <source>Save Merchants API</source>
        <translation>Guardar API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="499"/>
        <source>Save the Merchants API settings</source>
        <translation>Guardar la configuración de la API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="500"/>
        <source>Clear Merchants API</source>
        <translation>Borrar API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="501"/>
        <source>Clear the Merchants API credentials</source>
        <translation>Borrar las credenciales de la API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="524"/>
        <source>served by the built-in sandbox</source>
        <translation>la sirve el sandbox integrado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="528"/>
        <source>The built-in sandbox serves the Merchants API itself, with its own generated user.</source>
        <translation>El sandbox integrado sirve la API de Merchants por sí mismo, con su propio usuario generado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="536"/>
        <source>Reading the keyring…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="544"/>
        <source>Not set up: the Desk works with the cashout API alone. Add the Merchants API user (created in the merchant panel and enabled by TuPay, with this office&apos;s IP whitelisted) to see the balance and every cashout of the account.</source>
        <translation>No configurada: el Desk funciona solo con la API de retiros. Agregue el usuario de la API de Merchants (creado en el panel del comercio y habilitado por TuPay, con la IP de esta oficina en la lista blanca) para ver el saldo y todos los retiros de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="548"/>
        <source>Saved in the OS keyring: access key %1, secret key set.</source>
        <translation>Guardada en el llavero del sistema: access key %1, secret key definida.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="551"/>
        <source>Kept for this session only (not in the OS keyring): access key %1.</source>
        <translation>Guardada solo para esta sesión (no en el llavero del sistema): access key %1.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="554"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="555"/>
        <source>type both to replace</source>
        <translation>escriba ambas para reemplazarlas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="571"/>
        <source>Merchants API URL saved.</source>
        <translation>URL de la API de Merchants guardada.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="575"/>
        <source>Fill in both: access key and secret key.</source>
        <translation>Complete ambas: access key y secret key.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="586"/>
        <source>Merchants API credentials saved in the OS keyring.</source>
        <translation>Credenciales de la API de Merchants guardadas en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="588"/>
        <source>Merchants API credentials kept for this session only: the OS keyring is unavailable.</source>
        <translation>Credenciales de la API de Merchants guardadas solo para esta sesión: el llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="606"/>
        <source>Merchants API credentials cleared.</source>
        <translation>Credenciales de la API de Merchants borradas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="607"/>
        <source>Cleared for this session; the OS keyring could not be reached.</source>
        <translation>Borradas para esta sesión; no se pudo acceder al llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="531"/>
        <source>Refused before sending:</source>
        <translation>Rechazado antes de enviar:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="532"/>
        <source>Invalid base URL:</source>
        <translation>URL base no válida:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="533"/>
        <source>Host name not found (DNS):</source>
        <translation>No se encontró el nombre del servidor (DNS):</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="534"/>
        <source>Connection refused:</source>
        <translation>Conexión rechazada:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="535"/>
        <source>Timed out while connecting:</source>
        <translation>Se agotó el tiempo al conectar:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="536"/>
        <source>The server&apos;s TLS certificate is not trusted:</source>
        <translation>El certificado TLS del servidor no es de confianza:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="538"/>
        <source>TLS handshake failed:</source>
        <translation>Falló el establecimiento de la conexión TLS:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="539"/>
        <source>Could not connect:</source>
        <translation>No se pudo conectar:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="540"/>
        <source>Timed out waiting for the answer:</source>
        <translation>Se agotó el tiempo esperando la respuesta:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="541"/>
        <source>The connection broke before a complete answer arrived:</source>
        <translation>La conexión se cortó antes de que llegara una respuesta completa:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="543"/>
        <source>Unreadable answer:</source>
        <translation>Respuesta ilegible:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="544"/>
        <source>Request failed:</source>
        <translation>La solicitud falló:</translation>
    </message>
</context>
<context>
    <name>QtStart</name>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="39"/>
        <source>There is no display to open the Desk&apos;s window on: {reason}. This happens over ssh without X forwarding (use ssh -X), in a service, or on a server without a desktop.</source>
        <translation>No hay pantalla en la que abrir la ventana del Desk: {reason}. Ocurre por ssh sin reenvío de X (use ssh -X), en un servicio o en un servidor sin escritorio.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="44"/>
        <source>neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set</source>
        <translation>no están definidas ni DISPLAY (X11) ni WAYLAND_DISPLAY (Wayland)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="47"/>
        <source>no X server answers at DISPLAY={display}</source>
        <translation>ningún servidor X responde en DISPLAY={display}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="48"/>
        <source>no Wayland compositor answers at {socket}</source>
        <translation>ningún compositor Wayland responde en {socket}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="49"/>
        <source>Qt cannot load its X11 (xcb) platform plugin, because these system libraries cannot be loaded: {libraries}.</source>
        <translation>Qt no puede cargar su complemento de plataforma X11 (xcb), porque no se pueden cargar estas bibliotecas del sistema: {libraries}.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="54"/>
        <source>Qt&apos;s X11 (xcb) platform plugin is missing ({path}); reinstall the Desk.</source>
        <translation>Falta el complemento de plataforma X11 (xcb) de Qt ({path}); reinstale el Desk.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="57"/>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>En Debian o Ubuntu, instálelas con:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="58"/>
        <source>To run the Desk on a virtual display instead (Debian or Ubuntu):</source>
        <translation>Para ejecutar el Desk en una pantalla virtual (Debian o Ubuntu):</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="61"/>
        <source>Without a window, everything the Desk does is available from the command line: tupay-cli (see tupay-cli --help).</source>
        <translation>Sin ventana, todo lo que hace el Desk está disponible en la línea de comandos: tupay-cli (vea tupay-cli --help).</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="37"/>
        <source>Cashout receipt</source>
        <translation>Comprobante de retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="38"/>
        <source>SIMULATED</source>
        <translation>SIMULADO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="39"/>
        <source>SIMULATED — made by the Desk&apos;s built-in sandbox. No money was moved and nobody was paid.</source>
        <translation>SIMULADO — hecho por el sandbox integrado del Desk. No se movió dinero y no se pagó a nadie.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="42"/>
        <source>TEST</source>
        <translation>PRUEBA</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="43"/>
        <source>TEST — sent to TuPay&apos;s test system (Staging). No real money was moved.</source>
        <translation>PRUEBA — enviado al sistema de pruebas de TuPay (Staging). No se movió dinero real.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="46"/>
        <source>Made by TuPay Cashout Desk from this computer&apos;s journal. TuPay&apos;s own records are authoritative; look the cashout up by its external_id to confirm its status.</source>
        <translation>Hecho por TuPay Cashout Desk a partir del diario de esta computadora. Los registros de TuPay son los que valen; consulte el retiro por su external_id para confirmar su estado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="51"/>
        <source>TuPay Cashout Desk %1 — receipt made %2</source>
        <translation>TuPay Cashout Desk %1 — comprobante generado el %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="52"/>
        <source>%1 (as of %2)</source>
        <translation>%1 (al %2)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="53"/>
        <source>none (TuPay has not created it)</source>
        <translation>ninguno (TuPay no lo creó)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="54"/>
        <source>bank not recognised (code %1)</source>
        <translation>banco no reconocido (código %1)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="56"/>
        <source>Savings (S)</source>
        <translation>Ahorros (S)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="57"/>
        <source>Current (C)</source>
        <translation>Corriente (C)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="60"/>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="61"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="62"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="63"/>
        <source>Account (CCI)</source>
        <translation>Cuenta (CCI)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="64"/>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="65"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="66"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="67"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="68"/>
        <source>Rejection</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="69"/>
        <source>TuPay cashout_id</source>
        <translation>cashout_id de TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="70"/>
        <source>Bank reference</source>
        <translation>Referencia bancaria</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="71"/>
        <source>external_id</source>
        <translation>external_id</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="72"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="73"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/receipt.py" line="150"/>
        <source>Save the receipt</source>
        <translation>Guardar el comprobante</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/receipt.py" line="153"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/receipt.py" line="165"/>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>No se pudo guardar el comprobante en %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="99"/>
        <source>&amp;Environments</source>
        <translation>&amp;Entornos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="101"/>
        <source>Environments</source>
        <translation>Entornos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="108"/>
        <source>Add custom…</source>
        <translation>Agregar personalizado…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="109"/>
        <source>Add a custom environment</source>
        <translation>Agregar un entorno personalizado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="110"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="111"/>
        <source>Remove the selected custom environment</source>
        <translation>Quitar el entorno personalizado seleccionado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="120"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="123"/>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="125"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="128"/>
        <source>Default notification URL</source>
        <translation>URL de notificación predeterminada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="129"/>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="131"/>
        <source>Display &amp;name</source>
        <translation>&amp;Nombre visible</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="132"/>
        <source>&amp;Base URL</source>
        <translation>URL &amp;base</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="133"/>
        <source>Default &amp;notification URL</source>
        <translation>URL de noti&amp;ficación predeterminada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="142"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="143"/>
        <source>Save environment</source>
        <translation>Guardar entorno</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="147"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="430"/>
        <source>Credentials (kept in the OS keyring)</source>
        <translation>Credenciales (guardadas en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="157"/>
        <source>API &amp;Key</source>
        <translation>API &amp;Key</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="157"/>
        <source>API Key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="158"/>
        <source>API &amp;Passphrase</source>
        <translation>API &amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="158"/>
        <source>API Passphrase</source>
        <translation>API Passphrase</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="159"/>
        <source>API &amp;Signature</source>
        <translation>API &amp;Signature</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="159"/>
        <source>API Signature</source>
        <translation>API Signature</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="167"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="168"/>
        <source>Save credentials</source>
        <translation>Guardar credenciales</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="169"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="170"/>
        <source>Clear credentials</source>
        <translation>Borrar credenciales</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="171"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="172"/>
        <source>Retry keyring</source>
        <translation>Reintentar el llavero</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="174"/>
        <source>Try the OS keyring again, after unlocking it (it may ask for its password)</source>
        <translation>Vuelve a intentar con el llavero del sistema después de desbloquearlo (puede pedir su contraseña)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="192"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="194"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="195"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="196"/>
        <source>Sends one signed status request with the saved settings</source>
        <translation>Envía una consulta de estado firmada con la configuración guardada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="207"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="209"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="210"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="217"/>
        <source>Applies when the Desk restarts.</source>
        <translation>Se aplica al reiniciar el Desk.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="289"/>
        <source>runs inside the Desk</source>
        <translation>se ejecuta dentro del Desk</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="335"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="361"/>
        <source>Remove environment</source>
        <translation>Quitar entorno</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="362"/>
        <source>Remove the environment %1 and forget its credentials?</source>
        <translation>¿Quitar el entorno %1 y olvidar sus credenciales?</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="382"/>
        <source>Reading the keyring…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="392"/>
        <source>The OS keyring is locked, so the saved credentials (if any) cannot be read. Unlock it, then press “Retry keyring”.</source>
        <translation>El llavero del sistema está bloqueado, así que no se pueden leer las credenciales guardadas (si las hay). Desbloquéelo y pulse «Reintentar el llavero».</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="397"/>
        <source>The OS keyring could not be read, so the saved credentials (if any) are not available. Press “Retry keyring” to try again.</source>
        <translation>No se pudo leer el llavero del sistema, así que las credenciales guardadas (si las hay) no están disponibles. Pulse «Reintentar el llavero» para volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="402"/>
        <source>No credentials saved for this environment.</source>
        <translation>No hay credenciales guardadas para este entorno.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="404"/>
        <source>Saved in the OS keyring: API Key %1, passphrase and signature set.</source>
        <translation>Guardadas en el llavero del sistema: API Key %1; passphrase y signature configuradas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="408"/>
        <source>Kept for this session only (not in the OS keyring): API Key %1.</source>
        <translation>Guardadas solo durante esta sesión (no en el llavero del sistema): API Key %1.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="412"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="412"/>
        <source>type all three to replace</source>
        <translation>escriba los tres para reemplazar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="426"/>
        <source>Credentials (the OS keyring is locked)</source>
        <translation>Credenciales (el llavero del sistema está bloqueado)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="428"/>
        <source>Credentials (kept for this session only: no OS keyring)</source>
        <translation>Credenciales (solo durante esta sesión: no hay llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="441"/>
        <source>Trying the OS keyring again…</source>
        <translation>Volviendo a intentar con el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="464"/>
        <source>Fill in all three: API Key, Passphrase and Signature.</source>
        <translation>Complete los tres: API Key, Passphrase y Signature.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="475"/>
        <source>Credentials saved in the OS keyring.</source>
        <translation>Credenciales guardadas en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="479"/>
        <source>Credentials kept for this session only: the OS keyring is unavailable.</source>
        <translation>Credenciales guardadas solo durante esta sesión: el llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="500"/>
        <source>Credentials cleared.</source>
        <translation>Credenciales borradas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="504"/>
        <source>Cleared for this session; the OS keyring could not be reached.</source>
        <translation>Borradas para esta sesión; no se pudo acceder al llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="520"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="530"/>
        <source>The test could not run: %1</source>
        <translation>No se pudo ejecutar la prueba: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="539"/>
        <source>Saved. Applies when the Desk restarts.</source>
        <translation>Guardado. Se aplica al reiniciar el Desk.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Nombre:</translation>
    </message>
    <message>
        <source>Base URL (https://…, or http:// on this machine only):</source>
        <translation type="vanished">URL base (https://…, o http:// solo en esta computadora):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="vanished">sin cambios</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="98"/>
        <source>Cashout status</source>
        <translation>Estado del retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="125"/>
        <source>TuPay status: %1</source>
        <translation>Estado en TuPay: %1</translation>
    </message>
</context>
<context>
    <name>StatusWord</name>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="34"/>
        <source>PENDING</source>
        <translation>PENDIENTE</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="35"/>
        <source>COMPLETED</source>
        <translation>COMPLETADO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="36"/>
        <source>CANCELLED</source>
        <translation>CANCELADO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="37"/>
        <source>REJECTED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="38"/>
        <source>DELIVERED</source>
        <translation>ENTREGADO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="39"/>
        <source>ON HOLD</source>
        <translation>EN ESPERA</translation>
    </message>
</context>
<context>
    <name>_BodyView</name>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="249"/>
        <source>%1, pretty-printed</source>
        <translation>%1, con formato</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="255"/>
        <source>Exactly the bytes sent (compact JSON), login and pass shown as ***. The Payload-Signature is computed over these bytes, with the real login and pass; Pretty only re-indents them.</source>
        <translation>Exactamente los bytes enviados (JSON compacto), login y pass se muestran como ***. La Payload-Signature se calcula sobre estos bytes, con el login y el pass reales; «Con formato» solo los vuelve a sangrar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="259"/>
        <source>Exactly the text received (login and pass, if quoted, shown as ***).</source>
        <translation>Exactamente el texto recibido (login y pass, si aparecen, se muestran como ***).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="264"/>
        <source>%1 as raw text</source>
        <translation>%1 como texto sin procesar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="270"/>
        <source>%1 as JSON tree</source>
        <translation>%1 como árbol JSON</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="271"/>
        <source>Tree</source>
        <translation>En árbol</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="272"/>
        <source>Pretty</source>
        <translation>Con formato</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="273"/>
        <source>Raw</source>
        <translation>Sin formato</translation>
    </message>
</context>
<context>
    <name>_HeadersTable</name>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="220"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="220"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>diagnosis</name>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="39"/>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="47"/>
        <source>Connection OK</source>
        <translation>Conexión correcta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="40"/>
        <source>URL, credentials, IP whitelist and signature are all right.</source>
        <translation>La URL, las credenciales, la lista blanca de IP y la firma están correctas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="48"/>
        <source>TuPay answered the signed status request, so the URL, credentials, IP whitelist and signature are all right (it unexpectedly reported a cashout for the probe ID).</source>
        <translation>TuPay respondió la consulta de estado firmada, así que la URL, las credenciales, la lista blanca de IP y la firma están correctas (inesperadamente informó un retiro para el ID de prueba).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="58"/>
        <source>Not a TuPay API</source>
        <translation>No es una API de TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="59"/>
        <source>The server answered, but not like TuPay&apos;s Cashout API. Check the base URL (staging is https://api-stg.tupayonline.com).</source>
        <translation>El servidor respondió, pero no como la API de retiros de TuPay. Revise la URL base (la de staging es https://api-stg.tupayonline.com).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="69"/>
        <source>Host name not found</source>
        <translation>No se encontró el nombre del servidor</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="70"/>
        <source>The server&apos;s name could not be resolved (DNS). Check the spelling of the base URL and that this machine is connected to the internet.</source>
        <translation>No se pudo resolver el nombre del servidor (DNS). Revise cómo está escrita la URL base y que esta computadora esté conectada a internet.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="80"/>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="81"/>
        <source>Nothing is listening at this address. Check the host and port of the base URL; for the local sandbox, check that it is running.</source>
        <translation>No hay nada escuchando en esta dirección. Revise el host y el puerto de la URL base; si es el sandbox local, compruebe que esté en ejecución.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="91"/>
        <source>Connection timed out</source>
        <translation>Se agotó el tiempo de conexión</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="92"/>
        <source>The server did not accept the connection in time. A firewall or proxy may be blocking it, or the network is down. Try again, or ask IT whether outbound HTTPS to this host is allowed.</source>
        <translation>El servidor no aceptó la conexión a tiempo. Puede que un firewall o un proxy la esté bloqueando, o que la red no funcione. Vuelva a intentarlo o consulte a TI si está permitido el HTTPS saliente hacia este host.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="104"/>
        <source>Certificate not trusted</source>
        <translation>Certificado no confiable</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="105"/>
        <source>The server&apos;s TLS certificate is not trusted by this computer or does not match the host name, so nothing was sent. Check the base URL; if your network inspects HTTPS, ask IT to install its root certificate in the operating system&apos;s trust store.</source>
        <translation>Esta computadora no confía en el certificado TLS del servidor o este no coincide con el nombre del host, así que no se envió nada. Revise la URL base; si su red inspecciona el HTTPS, pida a TI que instale su certificado raíz en el almacén de confianza del sistema operativo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="117"/>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="118"/>
        <source>The TLS handshake failed, so nothing was sent. Check that the base URL starts with https:// and points at TuPay&apos;s API.</source>
        <translation>Falló el handshake TLS, así que no se envió nada. Compruebe que la URL base empiece con https:// y apunte a la API de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="128"/>
        <source>Could not connect</source>
        <translation>No se pudo conectar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="129"/>
        <source>The connection to the server could not be opened. Check the base URL and this machine&apos;s network connection.</source>
        <translation>No se pudo abrir la conexión con el servidor. Revise la URL base y la conexión de red de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="139"/>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="140"/>
        <source>The server accepted the request but did not answer in time. TuPay may be slow or unavailable; try again in a few minutes.</source>
        <translation>El servidor aceptó la solicitud pero no respondió a tiempo. Puede que TuPay esté lento o no disponible; vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="150"/>
        <source>Connection dropped</source>
        <translation>Se cortó la conexión</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="151"/>
        <source>The connection broke before a complete answer arrived. Try again; if it keeps happening, a proxy or firewall may be interfering.</source>
        <translation>La conexión se cortó antes de recibir una respuesta completa. Vuelva a intentarlo; si sigue ocurriendo, puede que un proxy o un firewall esté interfiriendo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="161"/>
        <source>Unreadable answer</source>
        <translation>Respuesta ilegible</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="162"/>
        <source>The server answered with something that is not TuPay&apos;s API (for example an error page from a proxy or load balancer). Check the base URL, then try again later.</source>
        <translation>El servidor respondió con algo que no es la API de TuPay (por ejemplo, una página de error de un proxy o balanceador de carga). Revise la URL base y vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="172"/>
        <source>Insecure URL refused</source>
        <translation>URL insegura rechazada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="173"/>
        <source>Plain http:// is only allowed to this machine (the local sandbox). Use the https:// address of the environment.</source>
        <translation>El http:// sin cifrar solo se permite hacia esta computadora (el sandbox local). Use la dirección https:// del entorno.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="183"/>
        <source>Invalid base URL</source>
        <translation>URL base no válida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="184"/>
        <source>The base URL is not valid. It should look like https://api-stg.tupayonline.com.</source>
        <translation>La URL base no es válida. Debe tener la forma https://api-stg.tupayonline.com.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="191"/>
        <source>Request failed</source>
        <translation>La solicitud falló</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="192"/>
        <source>The request failed for an unexpected reason; the technical detail is below.</source>
        <translation>La solicitud falló por un motivo inesperado; el detalle técnico está abajo.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="63"/>
        <source>This code belongs to another country&apos;s payment system and is unexpected for Peru. Contact TuPay support with the cashout ID.</source>
        <translation>Este código corresponde al sistema de pagos de otro país y no se espera para Perú. Contacte al soporte de TuPay con el ID del retiro.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="71"/>
        <source>Invalid parameter</source>
        <translation>Parámetro inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="72"/>
        <source>TuPay refused a field: its message names the parameter and the problem. Correct that field and send again.</source>
        <translation>TuPay rechazó un campo: su mensaje indica el parámetro y el problema. Corrija ese campo y vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="80"/>
        <source>Signature rejected</source>
        <translation>Firma rechazada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="81"/>
        <source>The Payload-Signature did not match: the API Signature secret stored for this environment is wrong or belongs to another environment (staging vs production). Copy it again from the merchant panel (Settings → API Access, withdrawals credentials).</source>
        <translation>La Payload-Signature no coincide: la clave API Signature guardada para este entorno es incorrecta o pertenece a otro entorno (staging o producción). Cópiela nuevamente desde el panel de comercio (Configuración → API, credenciales de «Retiros»).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="89"/>
        <source>Invalid bank code</source>
        <translation>Código de banco inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="90"/>
        <source>TuPay does not accept the bank of this CCI (its first 3 digits). Check the CCI with the beneficiary.</source>
        <translation>TuPay no acepta el banco de este CCI (sus primeros 3 dígitos). Verifique el CCI con el beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="98"/>
        <source>Invalid credentials</source>
        <translation>Credenciales inválidas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="99"/>
        <source>The API Key or API Passphrase is wrong, or belongs to another environment (staging vs production). Use this environment&apos;s withdrawals (cashout) credentials, not the deposit ones.</source>
        <translation>La API Key o la API Passphrase son incorrectas o pertenecen a otro entorno (staging o producción). Use las credenciales de retiros (cashout) de este entorno, no las de depósitos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="107"/>
        <source>IP address not whitelisted</source>
        <translation>Dirección IP no autorizada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="108"/>
        <source>This machine&apos;s public IP address is not whitelisted. Add it in the TuPay merchant panel under Settings → API Access (Configuración → API, “Retiros”); ask IT for the office&apos;s egress IP address.</source>
        <translation>La IP pública de este equipo no está en la lista blanca. Agréguela en el panel de comercio de TuPay, en Configuración → API («Retiros»); solicite a TI la IP de salida de la oficina.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="116"/>
        <source>Malformed request body</source>
        <translation>Cuerpo de la solicitud mal formado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="117"/>
        <source>TuPay could not read the JSON body. This is a fault in this application, not in your data: report it with the request shown in the inspector.</source>
        <translation>TuPay no pudo leer el JSON enviado. Es una falla de esta aplicación, no de sus datos: repórtela adjuntando la solicitud que muestra el inspector.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="125"/>
        <source>Regulatory limit on the beneficiary&apos;s account</source>
        <translation>Límite regulatorio en la cuenta del beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="126"/>
        <source>Regulatory limits on the beneficiary&apos;s account prevent this payout. Do not retry; contact the beneficiary or TuPay support.</source>
        <translation>Los límites regulatorios de la cuenta del beneficiario impiden este pago. No reintente; contacte al beneficiario o al soporte de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="134"/>
        <source>Beneficiary not authorised</source>
        <translation>Beneficiario no autorizado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="135"/>
        <source>TuPay refused the beneficiary because of their registry (KYC) situation; the reason, if given, says why (for example, underage). Do not retry for this beneficiary; contact TuPay support if you think it is a mistake.</source>
        <translation>TuPay rechazó al beneficiario por su situación registral (KYC); el motivo, si se indica, explica por qué (por ejemplo, menor de edad). No reintente con este beneficiario; contacte al soporte de TuPay si cree que es un error.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="143"/>
        <source>Limit exceeded</source>
        <translation>Límite excedido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="144"/>
        <source>A per-transaction, daily, monthly or per-beneficiary limit would be exceeded (the message says which). Lower the amount, wait for the period to reset, or ask TuPay to raise the limit.</source>
        <translation>Se superaría un límite por transacción, diario, mensual o por beneficiario (el mensaje indica cuál). Reduzca el monto, espere a que se reinicie el período o solicite a TuPay que amplíe el límite.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="152"/>
        <source>Cashout not found</source>
        <translation>Retiro no encontrado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="153"/>
        <source>TuPay has no cashout with this ID (or external ID) in this environment. Check the ID, and that you are in the right environment (staging vs production).</source>
        <translation>TuPay no tiene un retiro con este ID (o ID externo) en este entorno. Verifique el ID y que esté en el entorno correcto (staging o producción).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="161"/>
        <source>Not possible in the cashout&apos;s current status</source>
        <translation>No es posible en el estado actual del retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="162"/>
        <source>The cashout&apos;s current status does not allow this: it may already have been delivered to the bank, or it may be on hold (move it back to Pending before cancelling it). Refresh its status.</source>
        <translation>El estado actual del retiro no lo permite: puede que ya haya sido enviado al banco, o que esté en espera (vuélvalo a Pendiente antes de cancelarlo). Actualice su estado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="170"/>
        <source>External ID already used</source>
        <translation>ID externo ya utilizado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="171"/>
        <source>This external ID was used before. If this Desk sent it before (a resubmit, an unknown outcome), do not create a new ID: look the cashout up by its external ID — it most likely exists already. If it was never sent from here, the ID is another cashout&apos;s: this one was not created; send it under a new ID.</source>
        <translation>Este ID externo ya fue utilizado. Si este Desk ya lo envió antes (un reenvío, un resultado desconocido), no genere un ID nuevo: consulte el retiro por su ID externo; lo más probable es que ya exista. Si nunca se envió desde aquí, el ID es de otro retiro: este no se creó; envíelo con un ID nuevo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="179"/>
        <source>Insufficient balance</source>
        <translation>Saldo insuficiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="180"/>
        <source>The merchant balance does not cover this cashout. Add funds; on staging, create and approve a test deposit, or ask TuPay integration support (integration@tupaypagos.com) to add funds.</source>
        <translation>El saldo del comercio no cubre este retiro. Agregue fondos; en staging, cree y apruebe un depósito de prueba o pida al soporte de integración de TuPay (integration@tupaypagos.com) que agregue fondos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="188"/>
        <source>Beneficiary blocked</source>
        <translation>Beneficiario bloqueado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="189"/>
        <source>The beneficiary is blacklisted, blocked or suspended at TuPay. Do not retry; contact TuPay support.</source>
        <translation>El beneficiario figura en lista negra, bloqueado o suspendido en TuPay. No reintente; contacte al soporte de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="197"/>
        <source>Country not available</source>
        <translation>País no disponible</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="198"/>
        <source>Cashouts to this country are not enabled for your account. Only Peru (PE) is supported.</source>
        <translation>Los retiros a este país no están habilitados para su cuenta. Solo se admite Perú (PE).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="206"/>
        <source>Merchant not enabled</source>
        <translation>Comercio no habilitado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="207"/>
        <source>Your merchant account is not enabled for cashouts in this environment. Contact TuPay integration support.</source>
        <translation>Su cuenta de comercio no está habilitada para retiros en este entorno. Contacte al soporte de integración de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="215"/>
        <source>Credentials not enabled</source>
        <translation>Credenciales no habilitadas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="216"/>
        <source>TuPay does not accept these credentials for cashouts; they may be disabled. Contact TuPay integration support.</source>
        <translation>TuPay no acepta estas credenciales para retiros; es posible que estén deshabilitadas. Contacte al soporte de integración de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="224"/>
        <source>Closed-loop rejection</source>
        <translation>Rechazo por circuito cerrado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="225"/>
        <source>TuPay&apos;s closed-loop policy refused this payout (typically, a user may only be paid to the account or document they deposited from). Check the beneficiary&apos;s details or contact TuPay support.</source>
        <translation>La política de circuito cerrado de TuPay rechazó este pago (normalmente, solo se puede pagar a la cuenta o al documento desde los que el usuario depositó). Verifique los datos del beneficiario o contacte al soporte de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="233"/>
        <source>Invalid currency</source>
        <translation>Moneda inválida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="234"/>
        <source>Use PEN or USD, and a currency enabled for your account.</source>
        <translation>Use PEN o USD, y una moneda habilitada para su cuenta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="239"/>
        <source>Amount below the minimum</source>
        <translation>Monto inferior al mínimo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="240"/>
        <source>The amount is below TuPay&apos;s minimum (the message gives it). Increase the amount.</source>
        <translation>El monto es inferior al mínimo de TuPay (el mensaje lo indica). Aumente el monto.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="247"/>
        <location filename="../../tupay_desktop/api/errors.py" line="315"/>
        <source>Cashout could not be made</source>
        <translation>No se pudo realizar el retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="248"/>
        <source>TuPay could not make the cashout. Look it up by its external ID before trying again, then contact TuPay integration support.</source>
        <translation>TuPay no pudo realizar el retiro. Consúltelo por su ID externo antes de volver a intentarlo y luego contacte al soporte de integración de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="256"/>
        <source>Account blacklisted</source>
        <translation>Cuenta en lista negra</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="257"/>
        <source>The beneficiary&apos;s bank account is blacklisted. Do not pay to this account; ask the beneficiary for another one.</source>
        <translation>La cuenta bancaria del beneficiario está en lista negra. No realice pagos a esta cuenta; solicite otra al beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="265"/>
        <source>Payout method unavailable</source>
        <translation>Método de pago no disponible</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="266"/>
        <source>Payouts to this bank (or by this method) are not available at the moment. Try later, or use an account at another bank.</source>
        <translation>Los pagos a este banco (o por este método) no están disponibles por el momento. Intente más tarde o use una cuenta de otro banco.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="274"/>
        <source>Beneficiary email or phone required</source>
        <translation>Se requiere el correo o el teléfono del beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="275"/>
        <source>TuPay needs the beneficiary&apos;s email or phone for this payout, and this application does not send them. Contact TuPay integration support.</source>
        <translation>TuPay necesita el correo o el teléfono del beneficiario para este pago, y esta aplicación no los envía. Contacte al soporte de integración de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="283"/>
        <source>Email already used by another beneficiary</source>
        <translation>Correo ya utilizado por otro beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="284"/>
        <source>This email is registered to another beneficiary. Check the beneficiary&apos;s identity.</source>
        <translation>Este correo está registrado a nombre de otro beneficiario. Verifique la identidad del beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="291"/>
        <source>Phone already used by another beneficiary</source>
        <translation>Teléfono ya utilizado por otro beneficiario</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="292"/>
        <source>This phone number is registered to another beneficiary. Check the beneficiary&apos;s identity.</source>
        <translation>Este número de teléfono está registrado a nombre de otro beneficiario. Verifique la identidad del beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="300"/>
        <source>Invalid phone number</source>
        <translation>Número de teléfono inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="301"/>
        <source>The phone number is not valid. Check it with the beneficiary.</source>
        <translation>El número de teléfono no es válido. Verifíquelo con el beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="306"/>
        <source>Cashout could not be cancelled</source>
        <translation>No se pudo cancelar el retiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="307"/>
        <source>TuPay could not cancel the cashout, usually because it was already delivered to the bank. Refresh its status.</source>
        <translation>TuPay no pudo cancelar el retiro, normalmente porque ya fue enviado al banco. Actualice su estado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="316"/>
        <source>TuPay could not make the cashout. Look it up by its external ID before trying again; if it keeps failing, contact TuPay support.</source>
        <translation>TuPay no pudo realizar el retiro. Consúltelo por su ID externo antes de volver a intentarlo; si el error persiste, contacte al soporte de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="333"/>
        <source>Invalid bank account</source>
        <translation>Cuenta bancaria inválida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="334"/>
        <source>The bank says the account does not exist or is wrong. Confirm the CCI with the beneficiary and create a new cashout.</source>
        <translation>El banco indica que la cuenta no existe o es incorrecta. Confirme el CCI con el beneficiario y cree un nuevo retiro.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="345"/>
        <source>Account closed</source>
        <translation>Cuenta cerrada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="346"/>
        <source>The beneficiary&apos;s account is closed. Ask the beneficiary for another account.</source>
        <translation>La cuenta del beneficiario está cerrada. Solicite otra cuenta al beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="356"/>
        <source>Invalid amount</source>
        <translation>Monto inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="357"/>
        <source>The bank refused the amount. Check the amount and the account&apos;s currency (PEN or USD).</source>
        <translation>El banco rechazó el monto. Verifique el monto y la moneda de la cuenta (PEN o USD).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="368"/>
        <source>Invalid bank</source>
        <translation>Banco inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="369"/>
        <source>The bank code is not valid for this payout. Check the first 3 digits of the CCI.</source>
        <translation>El código de banco no es válido para este pago. Verifique los 3 primeros dígitos del CCI.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="379"/>
        <source>Invalid branch</source>
        <translation>Agencia inválida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="380"/>
        <source>The branch part of the CCI (digits 4 to 6) is wrong. Confirm the CCI with the beneficiary.</source>
        <translation>La parte de agencia del CCI (dígitos 4 a 6) es incorrecta. Confirme el CCI con el beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="391"/>
        <source>Invalid beneficiary document</source>
        <translation>Documento del beneficiario inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="392"/>
        <source>The bank did not accept the document number. Check the document type and number with the beneficiary.</source>
        <translation>El banco no aceptó el número de documento. Verifique el tipo y el número de documento con el beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="403"/>
        <source>Name does not match the bank&apos;s records</source>
        <translation>El nombre no coincide con el registro del banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="404"/>
        <source>The beneficiary&apos;s name does not match the account holder&apos;s. Use the name exactly as the bank has it.</source>
        <translation>El nombre del beneficiario no coincide con el del titular de la cuenta. Use el nombre tal como figura en el banco.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="415"/>
        <source>Rejected by the bank</source>
        <translation>Rechazado por el banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="416"/>
        <source>The bank refused the transfer without a specific reason. Confirm the account details with the beneficiary before trying again.</source>
        <translation>El banco rechazó la transferencia sin indicar un motivo específico. Confirme los datos de la cuenta con el beneficiario antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="427"/>
        <source>Rejected for another reason</source>
        <translation>Rechazado por otro motivo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="428"/>
        <source>Read the reason text, if there is one. If it is unclear, contact TuPay support with the cashout ID.</source>
        <translation>Lea el texto del motivo, si lo hay. Si no es claro, contacte al soporte de TuPay con el ID del retiro.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="439"/>
        <source>Cashout expired</source>
        <translation>Retiro vencido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="440"/>
        <source>The cashout was not completed in time and expired. Create a new cashout if the payment is still due.</source>
        <translation>El retiro no se completó a tiempo y venció. Cree un nuevo retiro si el pago sigue pendiente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="451"/>
        <source>Beneficiary limit exceeded</source>
        <translation>Límite del beneficiario excedido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="452"/>
        <source>The limit of the beneficiary&apos;s account was exceeded. Lower the amount or try again later.</source>
        <translation>Se excedió el límite de la cuenta del beneficiario. Reduzca el monto o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="463"/>
        <source>Bank risk policy</source>
        <translation>Política de riesgo del banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="464"/>
        <source>The transfer breaks the bank&apos;s risk policy. Do not retry; contact TuPay support.</source>
        <translation>La transferencia infringe la política de riesgo del banco. No reintente; contacte al soporte de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="474"/>
        <source>Account blocked or frozen</source>
        <translation>Cuenta bloqueada o congelada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="475"/>
        <source>The beneficiary&apos;s account is blocked or frozen. Ask the beneficiary for another account.</source>
        <translation>La cuenta del beneficiario está bloqueada o congelada. Solicite otra cuenta al beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="486"/>
        <source>Document does not match the account holder</source>
        <translation>El documento no coincide con el titular</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="487"/>
        <source>The document number does not belong to the account holder. Check both with the beneficiary.</source>
        <translation>El número de documento no pertenece al titular de la cuenta. Verifique ambos datos con el beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="498"/>
        <source>Invalid PIX key (Brazil)</source>
        <translation>Clave PIX inválida (Brasil)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="507"/>
        <source>Invalid IFSC code (India)</source>
        <translation>Código IFSC inválido (India)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="516"/>
        <source>Invalid account</source>
        <translation>Cuenta inválida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="517"/>
        <source>The account number is not valid (the IFSC part of this code applies to India only). Confirm the CCI with the beneficiary.</source>
        <translation>El número de cuenta no es válido (la parte IFSC de este código solo aplica a la India). Confirme el CCI con el beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="528"/>
        <source>Invalid NBIN</source>
        <translation>NBIN inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="537"/>
        <source>Account cannot receive transfers</source>
        <translation>La cuenta no puede recibir transferencias</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="538"/>
        <source>This account cannot receive transfers. Ask the beneficiary for another account.</source>
        <translation>Esta cuenta no puede recibir transferencias. Solicite otra cuenta al beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="548"/>
        <source>Invalid account type</source>
        <translation>Tipo de cuenta inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="549"/>
        <source>The account type (C checking, S savings) does not match the account. Check it and create a new cashout.</source>
        <translation>El tipo de cuenta (C corriente, S ahorros) no corresponde a la cuenta. Verifíquelo y cree un nuevo retiro.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="560"/>
        <source>Rejected at the merchant&apos;s request</source>
        <translation>Rechazado a solicitud del comercio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="561"/>
        <source>The cashout was rejected because your company asked for it. Nothing to do unless that was a mistake.</source>
        <translation>El retiro se rechazó porque su empresa lo solicitó. No se requiere ninguna acción, salvo que haya sido un error.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="572"/>
        <source>Beneficiary&apos;s monthly limit exceeded</source>
        <translation>Límite mensual del beneficiario excedido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="573"/>
        <source>The beneficiary has reached their monthly limit. Lower the amount or try again next month.</source>
        <translation>El beneficiario alcanzó su límite mensual. Reduzca el monto o vuelva a intentarlo el próximo mes.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="584"/>
        <source>Account name must be in katakana (Japan)</source>
        <translation>El nombre de la cuenta debe estar en katakana (Japón)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="593"/>
        <source>Rejected by a third-party control</source>
        <translation>Rechazado por un control de terceros</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="594"/>
        <source>A compliance control outside TuPay (for example, the bank&apos;s) stopped the transfer. Contact TuPay support before trying again.</source>
        <translation>Un control de cumplimiento ajeno a TuPay (por ejemplo, del banco) detuvo la transferencia. Contacte al soporte de TuPay antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="605"/>
        <source>Cashout reversed</source>
        <translation>Retiro revertido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="606"/>
        <source>The money came back after the payout (the beneficiary&apos;s bank returned it). Confirm the account details with the beneficiary before paying again.</source>
        <translation>El dinero fue devuelto después del pago (el banco del beneficiario lo devolvió). Confirme los datos de la cuenta con el beneficiario antes de volver a pagar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="625"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="626"/>
        <source>Accepted by TuPay and not yet sent to the bank; it can still be cancelled.</source>
        <translation>Aceptado por TuPay y aún no enviado al banco; todavía puede cancelarse.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="637"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="638"/>
        <source>The money was credited to the beneficiary. Rarely, the beneficiary&apos;s bank still returns it later; the cashout then becomes Rejected.</source>
        <translation>El dinero fue acreditado al beneficiario. En raras ocasiones el banco del beneficiario lo devuelve después; el retiro pasa entonces a Rechazado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="650"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="651"/>
        <source>Cancelled by the merchant; no money was sent.</source>
        <translation>Cancelado por el comercio; no se envió dinero.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="660"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="661"/>
        <source>The bank rejected the cashout (see the rejection reason); the beneficiary was not paid.</source>
        <translation>El banco rechazó el retiro (vea el motivo del rechazo); no se pagó al beneficiario.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="673"/>
        <source>Delivered to the bank</source>
        <translation>Enviado al banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="674"/>
        <source>Sent to the bank and waiting for its answer; it can no longer be cancelled.</source>
        <translation>Enviado al banco, a la espera de su respuesta; ya no puede cancelarse.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="685"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="686"/>
        <source>Put on hold by the merchant; it is not processed until it is moved back to Pending. The funds stay reserved.</source>
        <translation>Puesto en espera por el comercio; no se procesa hasta que vuelva a Pendiente. Los fondos siguen reservados.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="703"/>
        <source>Error {code}</source>
        <translation>Error {code}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="704"/>
        <source>Error without a code</source>
        <translation>Error sin código</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="705"/>
        <source>This code is not in the catalogue. Send the code and TuPay&apos;s message to TuPay integration support.</source>
        <translation>Este código no está en el catálogo. Envíe el código y el mensaje de TuPay al soporte de integración de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="709"/>
        <source>Rejected, reason unknown</source>
        <translation>Rechazado, motivo desconocido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="710"/>
        <source>The bank gave no known reason code. Check the reason text, if any, and confirm the details with the beneficiary or TuPay support.</source>
        <translation>El banco no indicó un código de motivo conocido. Revise el texto del motivo, si lo hay, y confirme los datos con el beneficiario o con el soporte de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="714"/>
        <source>Status {code}</source>
        <translation>Estado {code}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="715"/>
        <source>Status code {code} is not documented. Check the cashout in the TuPay merchant panel.</source>
        <translation>El código de estado {code} no está documentado. Revise el retiro en el panel de comercio de TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="718"/>
        <source>code {code}</source>
        <translation>código {code}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="719"/>
        <source>TuPay says: “{text}”.</source>
        <translation>TuPay indica: «{text}».</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="720"/>
        <source>Reason: “{text}”.</source>
        <translation>Motivo: «{text}».</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="721"/>
        <source>Reason: “{text}” (reason code {code}).</source>
        <translation>Motivo: «{text}» (código de motivo {code}).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="722"/>
        <source>A redirect that was not followed (HTTP {status})</source>
        <translation>Una redirección que no se siguió (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="723"/>
        <source>A redirect to {location} that was not followed (HTTP {status})</source>
        <translation>Una redirección a {location} que no se siguió (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="724"/>
        <source>The server sent the request elsewhere. Requests are never redirected, so nothing was sent there and nothing was created. Check the environment&apos;s base URL (https:// and the exact host).</source>
        <translation>El servidor envió la solicitud a otra dirección. Las solicitudes nunca se redirigen, así que no se envió nada allí ni se creó nada. Revise la URL base del entorno (https:// y el host exacto).</translation>
    </message>
    <message>
        <source>The cashout is no longer pending (for example, it was already delivered to the bank), so it cannot be changed or cancelled. Refresh its status.</source>
        <translation type="vanished">El retiro ya no está pendiente (por ejemplo, ya fue enviado al banco), por lo que no puede modificarse ni cancelarse. Actualice su estado.</translation>
    </message>
    <message>
        <source>This external ID was used before. Do not create a new ID: look the cashout up by its external ID — it most likely exists already.</source>
        <translation type="vanished">Este ID externo ya fue utilizado. No genere un ID nuevo: consulte el retiro por su ID externo; lo más probable es que ya exista.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="56"/>
        <source>Required — this field cannot be empty.</source>
        <translation>Obligatorio: este campo no puede quedar vacío.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="57"/>
        <source>Too long: {length} characters, at most {max} allowed.</source>
        <translation>Demasiado largo: {length} caracteres; se permiten como máximo {max}.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="58"/>
        <source>Too long: at most {max} characters allowed.</source>
        <translation>Demasiado largo: se permiten como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="59"/>
        <source>Contains invisible control characters (tab, line break…) — retype it.</source>
        <translation>Contiene caracteres de control invisibles (tabulación, salto de línea…): vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="62"/>
        <source>Contains invisible characters (zero-width, or marks that change the text direction) — retype it.</source>
        <translation>Contiene caracteres invisibles (de ancho cero, o marcas que cambian la dirección del texto): vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="66"/>
        <source>Use visible characters only (no tabs, line breaks or other control characters).</source>
        <translation>Use solo caracteres visibles (sin tabulaciones, saltos de línea ni otros caracteres de control).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="69"/>
        <source>Only Peru is supported: the country must be PE.</source>
        <translation>Solo se admite Perú: el país debe ser PE.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="70"/>
        <source>Currency must be PEN or USD.</source>
        <translation>La moneda debe ser PEN o USD.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="71"/>
        <source>Enter an amount, e.g. 1250.50.</source>
        <translation>Ingrese un monto, p. ej. 1250.50.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="72"/>
        <source>Not a number — use digits with a dot for decimals, e.g. 1250.50.</source>
        <translation>No es un número: use dígitos y un punto para los decimales, p. ej. 1250.50.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="75"/>
        <source>Use a dot for decimals (1250.50); a comma only separates thousands (1,250.50).</source>
        <translation>Use un punto para los decimales (1250.50); la coma solo separa los miles (1,250.50).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="78"/>
        <source>The amount must be greater than zero.</source>
        <translation>El monto debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="79"/>
        <source>At most 2 decimals are allowed, e.g. 1250.50.</source>
        <translation>Se permiten como máximo 2 decimales, p. ej. 1250.50.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="80"/>
        <source>The amount is too large (at most {max}).</source>
        <translation>El monto es demasiado alto (como máximo {max}).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="81"/>
        <source>Document type must be DNI, CE, RUC or PASS.</source>
        <translation>El tipo de documento debe ser DNI, CE, RUC o PASS.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="82"/>
        <source>Use digits only (0–9), without spaces, dots or dashes.</source>
        <translation>Use solo dígitos (0–9), sin espacios, puntos ni guiones.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="85"/>
        <source>A {type} number has exactly {digits} digits; this one has {length}.</source>
        <translation>Un número de {type} tiene exactamente {digits} dígitos; este tiene {length}.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="88"/>
        <source>Too long: a document number has at most {max} digits.</source>
        <translation>Demasiado largo: un número de documento tiene como máximo {max} dígitos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="89"/>
        <source>The CCI has digits only (0–9), without spaces or dashes.</source>
        <translation>El CCI solo tiene dígitos (0–9), sin espacios ni guiones.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="90"/>
        <source>The CCI (interbank account code) has exactly 20 digits; this one has {length}.</source>
        <translation>El CCI (código de cuenta interbancario) tiene exactamente 20 dígitos; este tiene {length}.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="93"/>
        <source>CCI check digits do not match — check the number.</source>
        <translation>Los dígitos de control del CCI no coinciden: revise el número.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="94"/>
        <source>Unknown bank code {code} (the first 3 digits of the CCI) — check the number.</source>
        <translation>Código de banco desconocido {code} (los 3 primeros dígitos del CCI): revise el número.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="97"/>
        <source>Account type must be C (checking) or S (savings).</source>
        <translation>El tipo de cuenta debe ser C (corriente) o S (ahorros).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="98"/>
        <source>Enter a full web address starting with https:// (or http://), or leave it empty.</source>
        <translation>Ingrese una dirección web completa que empiece con https:// (o http://), o déjela vacía.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="101"/>
        <source>Invalid value.</source>
        <translation>Valor no válido.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="102"/>
        <source>Starts or ends with a space — check the pasted value.</source>
        <translation>Empieza o termina con un espacio: revise el valor pegado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="103"/>
        <source>A name has no digits (0–9) — banks refuse them.</source>
        <translation>Un nombre no lleva dígitos (0–9): los bancos los rechazan.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="104"/>
        <source>“{char}” cannot be in a name: use letters, spaces, apostrophes, hyphens and dots — banks refuse emoji, symbols and markup.</source>
        <translation>«{char}» no puede ir en un nombre: use letras, espacios, apóstrofos, guiones y puntos; los bancos rechazan emojis, símbolos y marcas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="109"/>
        <source>A name needs letters.</source>
        <translation>Un nombre necesita letras.</translation>
    </message>
</context>
</TS>
