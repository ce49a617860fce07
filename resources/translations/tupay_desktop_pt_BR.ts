<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../tupay_desktop/ui/accessibility.py" line="35"/>
        <source>%1, vertical scroll bar</source>
        <translation>%1, barra de rolagem vertical</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/accessibility.py" line="36"/>
        <source>%1, horizontal scroll bar</source>
        <translation>%1, barra de rolagem horizontal</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/accessibility.py" line="38"/>
        <source>Vertical scroll bar</source>
        <translation>Barra de rolagem vertical</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/accessibility.py" line="39"/>
        <source>Horizontal scroll bar</source>
        <translation>Barra de rolagem horizontal</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="129"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="130"/>
        <source>Cashout id</source>
        <translation>Id do saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="131"/>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="132"/>
        <source>Status at TuPay</source>
        <translation>Status na TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="133"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="134"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="135"/>
        <source>On this machine</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="141"/>
        <source>differs (here %1, TuPay %2)</source>
        <translation>difere (aqui %1, TuPay %2)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="182"/>
        <source>This machine&apos;s journal has this cashout with the same status.</source>
        <translation>O diário deste computador tem este saque com o mesmo status.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="184"/>
        <source>This machine&apos;s journal has this cashout with another status; refresh it to catch up with TuPay.</source>
        <translation>O diário deste computador tem este saque com outro status; atualize-o para acompanhar a TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="187"/>
        <source>Made from another machine or from the web panel: this journal does not have it.</source>
        <translation>Feito em outro computador ou no painel web: este diário não o tem.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="188"/>
        <source>This journal has it as sent, but TuPay&apos;s account list does not show it in the range.</source>
        <translation>Este diário o tem como enviado, mas a lista da conta na TuPay não o mostra no período.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <location filename="../../tupay_desktop/account.py" line="76"/>
        <source>same status</source>
        <translation>mesmo status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="77"/>
        <source>differs</source>
        <translation>difere</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="78"/>
        <source>not sent from here</source>
        <translation>não enviado daqui</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="79"/>
        <source>missing at TuPay</source>
        <translation>ausente na TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="204"/>
        <source>TuPay&apos;s account list has this external_id with the same amount and document: it is this cashout (cashout %1).</source>
        <translation>A lista da conta na TuPay tem este external_id com o mesmo valor e documento: é este saque (saque %1).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="208"/>
        <source>The external_id %1 belongs to another cashout at TuPay (cashout %2: %3 %4 to document %5, created %6): this one was not created. Send it with a new external_id if it is still due.</source>
        <translation>O external_id %1 pertence a outro saque na TuPay (saque %2: %3 %4 para o documento %5, criado %6): este não foi criado. Envie-o com um novo external_id se ainda for devido.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/account.py" line="212"/>
        <source>TuPay&apos;s account list does not show whose cashout holds this external_id.</source>
        <translation>A lista da conta na TuPay não mostra de quem é o saque com este external_id.</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="225"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="225"/>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="226"/>
        <source>&amp;To</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="226"/>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="234"/>
        <source>Status at TuPay</source>
        <translation>Status na TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="235"/>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="239"/>
        <source>Fetch</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="240"/>
        <source>Fetch the account&apos;s cashouts</source>
        <translation>Buscar os saques da conta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="243"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="244"/>
        <source>Cancel the fetch</source>
        <translation>Cancelar a busca</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="250"/>
        <source>Fetch progress</source>
        <translation>Progresso da busca</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="257"/>
        <source>Only &amp;differences</source>
        <translation>Só &amp;diferenças</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="258"/>
        <source>Show only the differences</source>
        <translation>Mostrar só as diferenças</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="262"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="263"/>
        <source>Export the rows as CSV</source>
        <translation>Exportar as linhas como CSV</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="272"/>
        <source>The account&apos;s cashouts</source>
        <translation>Os saques da conta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="310"/>
        <source>The Merchants API (TuPay&apos;s reconciliation API) is not set up for this environment: add its access key and secret key in Settings to see every cashout of the account here, whichever machine or the web panel made it.</source>
        <translation>A API de Merchants (a API de conciliação da TuPay) não está configurada para este ambiente: adicione sua access key e secret key em Configurações para ver aqui todos os saques da conta, feitos por qualquer computador ou pelo painel web.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="315"/>
        <source>Choose a range and press Fetch.</source>
        <translation>Escolha um período e clique em Buscar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="335"/>
        <source>The end of the range is before its start.</source>
        <translation>O fim do período é anterior ao início.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="357"/>
        <source>Fetching the account&apos;s cashouts…</source>
        <translation>Buscando os saques da conta…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="366"/>
        <source>Cancelling after the page under way…</source>
        <translation>Cancelando após a página em andamento…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="370"/>
        <source>Export the account&apos;s cashouts</source>
        <translation>Exportar os saques da conta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="371"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="384"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 linhas exportadas para %2.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="389"/>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="413"/>
        <source>Fetched %1 cashouts (%2 pages)…</source>
        <translation>%1 saques obtidos (%2 páginas)…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="432"/>
        <source>%1 cashouts at TuPay: %2 with the same status here, %3 differ, %4 not sent from here; %5 of this journal&apos;s missing at TuPay.</source>
        <translation>%1 saques na TuPay: %2 com o mesmo status aqui, %3 diferem, %4 não enviados daqui; %5 deste diário ausentes na TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="438"/>
        <source>Cancelled: %1 cashouts fetched so far (the journal&apos;s are not checked against a partial list).</source>
        <translation>Cancelado: %1 saques obtidos até agora (os do diário não são comparados com uma lista parcial).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="449"/>
        <source>The fetch failed: %1</source>
        <translation>A busca falhou: %1</translation>
    </message>
</context>
<context>
    <name>BalanceIndicator</name>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="128"/>
        <source>Balance: reading…</source>
        <translation>Saldo: lendo…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="130"/>
        <source>Available balance at TuPay</source>
        <translation>Saldo disponível na TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="164"/>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="165"/>
        <source>Available balance at TuPay (Merchants API), read at %1. It can be out of date: other machines and the web panel spend it too.</source>
        <translation>Saldo disponível na TuPay (API de Merchants), lido às %1. Pode estar desatualizado: outros computadores e o painel web também o usam.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="178"/>
        <source>Balance: unavailable</source>
        <translation>Saldo: indisponível</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/balance.py" line="191"/>
        <source>This amount is more than the account&apos;s available balance (%1 %2, as last read). TuPay will likely refuse it (514 insufficient funds); you can still send it.</source>
        <translation>Este valor é maior que o saldo disponível da conta (%1 %2, na última leitura). A TuPay provavelmente o recusará (514 saldo insuficiente); ainda assim você pode enviá-lo.</translation>
    </message>
</context>
<context>
    <name>CashoutForm</name>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="275"/>
        <source>New cashout</source>
        <translation>Novo saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="283"/>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="285"/>
        <source>Same beneficiary again</source>
        <translation>Mesmo beneficiário de novo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="300"/>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="303"/>
        <source>New id</source>
        <translation>Novo ID</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="304"/>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="305"/>
        <source>Generate a new external id</source>
        <translation>Gerar um novo ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="310"/>
        <source>Resend with the same id</source>
        <translation>Reenviar com o mesmo ID</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="311"/>
        <source>Resend with the declined external id</source>
        <translation>Reenviar com o ID externo recusado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="313"/>
        <source>Send it again under the external id TuPay declined (how TuPay treats a declined id sent again is not documented)</source>
        <translation>Enviá-lo de novo com o ID externo que a TuPay recusou (não está documentado como a TuPay trata um ID recusado enviado de novo)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="317"/>
        <source>E&amp;xternal id</source>
        <translation>ID e&amp;xterno</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="320"/>
        <source>Beneficiary first name</source>
        <translation>Nome do beneficiário</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="320"/>
        <source>e.g. Alex</source>
        <translation>ex.: Alex</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="321"/>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="322"/>
        <source>Beneficiary last name</source>
        <translation>Sobrenome do beneficiário</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="322"/>
        <source>e.g. Gonzales</source>
        <translation>ex.: Gonzales</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="323"/>
        <source>&amp;Last name</source>
        <translation>&amp;Sobrenome</translation>
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
        <translation>Documento nacional de identidade</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="336"/>
        <source>Foreigner&apos;s card (carné de extranjería)</source>
        <translation>Carteira de estrangeiro (carné de extranjería)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="337"/>
        <source>Taxpayer number</source>
        <translation>Número de contribuinte</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="337"/>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="343"/>
        <source>Document number</source>
        <translation>Número do documento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="343"/>
        <source>digits only</source>
        <translation>somente dígitos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="345"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="347"/>
        <source>Bank account (CCI, 20 digits)</source>
        <translation>Conta bancária (CCI, 20 dígitos)</translation>
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
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="359"/>
        <source>S — Savings</source>
        <translation>S — Poupança</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="359"/>
        <source>C — Current (checking)</source>
        <translation>C — Corrente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="361"/>
        <source>Account &amp;type</source>
        <translation>&amp;Tipo de conta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="363"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="363"/>
        <source>e.g. 150.00</source>
        <translation>ex.: 150.00</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="366"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="367"/>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="376"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="376"/>
        <source>Peru (PE)</source>
        <translation>Peru (PE)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="377"/>
        <source>Co&amp;untry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="379"/>
        <source>Notification URL</source>
        <translation>URL de notificação</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="380"/>
        <source>&amp;Notification URL</source>
        <translation>URL de noti&amp;ficação</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="382"/>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="382"/>
        <source>optional, echoed in notifications</source>
        <translation>opcional; repetido nas notificações</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="383"/>
        <source>Co&amp;mments</source>
        <translation>Co&amp;mentários</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="393"/>
        <source>Send cashout</source>
        <translation>Enviar saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="398"/>
        <source>Open settings…</source>
        <translation>Abrir configurações…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="399"/>
        <source>Open settings to add credentials</source>
        <translation>Abrir as configurações para adicionar credenciais</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="421"/>
        <source>Request preview (exact JSON and signature)</source>
        <translation>Prévia da requisição (JSON exato e assinatura)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="422"/>
        <source>Show or hide the request preview</source>
        <translation>Mostrar ou ocultar a prévia da requisição</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="433"/>
        <source>Request preview</source>
        <translation>Prévia da requisição</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="527"/>
        <source>Send to PRODUCTION</source>
        <translation>Enviar para PRODUÇÃO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="529"/>
        <source>Send to %1</source>
        <translation>Enviar para %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="530"/>
        <source>Send this cashout (Ctrl+Enter)</source>
        <translation>Enviar este saque (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="580"/>
        <source>New id: %1 was declined and stays in History under its own id.</source>
        <translation>Novo ID: %1 foi recusado e fica no Histórico com o seu próprio ID.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="597"/>
        <source>The declined id %1 again: TuPay may refuse it (how it treats a declined id sent again is not documented).</source>
        <translation>De novo o ID recusado %1: a TuPay pode rejeitá-lo (não está documentado como ela trata um ID recusado enviado de novo).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="760"/>
        <source>Outcome still unknown</source>
        <translation>Resultado ainda desconhecido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="761"/>
        <source>The outcome of the cashout with external id %1 is still unknown. It may have been created. Sending the same cashout again under a new external id could pay the beneficiary twice.

Look it up first. Generate a new id anyway?</source>
        <translation>O resultado do saque com ID externo %1 ainda é desconhecido. Ele pode ter sido criado. Enviar o mesmo saque novamente com um novo ID externo pode pagar o beneficiário duas vezes.

Consulte-o primeiro. Gerar um novo ID mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="801"/>
        <source>Cleared on switching to Production.</source>
        <translation>Apagado ao passar para Produção.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="811"/>
        <source>Fill in %1 again (name, document, CCI and account type) under a new external id</source>
        <translation>Preencher %1 de novo (nome, documento, CCI e tipo de conta) com um novo ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="847"/>
        <source>Bank not recognised from the first three digits</source>
        <translation>Banco não reconhecido pelos três primeiros dígitos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="850"/>
        <source>Named from the CCI&apos;s first three digits</source>
        <translation>Identificado pelos três primeiros dígitos do CCI</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="905"/>
        <source>Sending… waiting for TuPay&apos;s answer. Do not close the Desk.</source>
        <translation>Enviando… aguardando a resposta da TuPay. Não feche o Desk.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="907"/>
        <source>Not sent yet: checking for possible duplicates and waiting for any confirmation.</source>
        <translation>Ainda não enviado: procurando possíveis duplicados e aguardando qualquer confirmação.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="913"/>
        <source>Fix %n field(s) to enable sending.</source>
        <translation>
            <numerusform>Corrija %n campo para habilitar o envio.</numerusform>
            <numerusform>Corrija %n campos para habilitar o envio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="916"/>
        <source>Ready. Ctrl+Enter sends.</source>
        <translation>Pronto. Ctrl+Enter envia.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="925"/>
        <source>The preview appears when every field is valid.</source>
        <translation>A prévia aparece quando todos os campos forem válidos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="929"/>
        <source>No preview: this environment has no credentials to sign with yet.</source>
        <translation>Sem prévia: este ambiente ainda não tem credenciais para assinar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="935"/>
        <source>No preview: %1</source>
        <translation>Sem prévia: %1</translation>
    </message>
    <message>
        <source>DNI — national id (8 digits)</source>
        <translation type="vanished">DNI — documento nacional de identidade (8 dígitos)</translation>
    </message>
    <message>
        <source>CE — foreigner&apos;s card (9 digits)</source>
        <translation type="vanished">CE — carteira de estrangeiro (9 dígitos)</translation>
    </message>
    <message>
        <source>RUC — taxpayer number (11 digits)</source>
        <translation type="vanished">RUC — número de contribuinte (11 dígitos)</translation>
    </message>
    <message>
        <source>PASS — passport (12 digits)</source>
        <translation type="vanished">PASS — passaporte (12 dígitos)</translation>
    </message>
</context>
<context>
    <name>CashoutService</name>
    <message>
        <location filename="../../tupay_desktop/service.py" line="81"/>
        <source>TuPay has this cashout: it was created.</source>
        <translation>A TuPay tem este saque: ele foi criado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="82"/>
        <source>TuPay has no cashout with this external_id: it was not created. It can be resubmitted with the same external_id.</source>
        <translation>A TuPay não tem nenhum saque com este external_id: ele não foi criado. Pode ser reenviado com o mesmo external_id.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="87"/>
        <source>The lookup failed; the outcome is still unknown. Try again later.</source>
        <translation>A consulta falhou; o resultado continua desconhecido. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="90"/>
        <source>This cashout is being sent right now; not reconciled.</source>
        <translation>Este saque está sendo enviado neste momento; não foi conciliado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="91"/>
        <source>TuPay has no cashout with this external_id yet — it may still be processing it. Reconcile looks again (also on start); only if it is still missing after the settling window is it marked not created. Do not send it again under a new id.</source>
        <translation>A TuPay ainda não tem um saque com este external_id — talvez ainda o esteja processando. A conciliação consulta de novo (também ao iniciar); só se ele continuar ausente depois do prazo de acomodação é marcado como não criado. Não o envie de novo com um id novo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/service.py" line="97"/>
        <source>Conflict: TuPay already has a different cashout with this external_id (error 511), one this journal never sent. This cashout was NOT created and nothing was paid. Create it again with a new external_id.</source>
        <translation>Conflito: a TuPay já tem outro saque com este external_id (erro 511), um que este registro nunca enviou. Este saque NÃO foi criado e nada foi pago. Crie-o de novo com um external_id novo.</translation>
    </message>
</context>
<context>
    <name>CashoutView</name>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="220"/>
        <source>cashout_id or external_id</source>
        <translation>cashout_id ou external_id</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="221"/>
        <source>Cashout to look up</source>
        <translation>Saque a consultar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="223"/>
        <source>Digits are read as a cashout_id, anything else as an external_id (Ctrl+L)</source>
        <translation>Dígitos são lidos como cashout_id; qualquer outra coisa, como external_id (Ctrl+L)</translation>
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
        <translation>Detectar o tipo de identificador</translation>
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
        <translation>Parar de aguardar a resposta (Esc)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="248"/>
        <source>Lookup in progress</source>
        <translation>Consulta em andamento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="264"/>
        <source>Why lookups are unavailable</source>
        <translation>Por que as consultas não estão disponíveis</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="266"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="281"/>
        <source>No cashout shown yet. Send one with the form, type its cashout_id or external_id above and press Enter (Ctrl+L), or select one in the History tab: its status, its meaning and any rejection appear here and refresh by themselves.</source>
        <translation>Nenhum saque exibido ainda. Envie um pelo formulário, digite o cashout_id ou o external_id acima e pressione Enter (Ctrl+L), ou selecione um na aba Histórico: o status, o significado e qualquer rejeição aparecem aqui e se atualizam sozinhos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="288"/>
        <source>No cashout shown yet</source>
        <translation>Nenhum saque exibido ainda</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="296"/>
        <source>Scroll the cashout details</source>
        <translation>Rolar os detalhes do saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="328"/>
        <source>Status meaning</source>
        <translation>Significado do status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="329"/>
        <source>Cashout identifiers</source>
        <translation>Identificadores do saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="330"/>
        <source>Status description from TuPay</source>
        <translation>Descrição do status pela TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="331"/>
        <source>Amount paid</source>
        <translation>Valor pago</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="332"/>
        <source>Beneficiary</source>
        <translation>Beneficiário</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="333"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="334"/>
        <source>Account (CCI, masked)</source>
        <translation>Conta (CCI, mascarada)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="335"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="336"/>
        <source>Rejection</source>
        <translation>Rejeição</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="337"/>
        <source>Bank reference</source>
        <translation>Referência bancária</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="338"/>
        <source>Last refreshed</source>
        <translation>Última atualização</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="339"/>
        <source>Automatic refresh</source>
        <translation>Atualização automática</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="349"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="350"/>
        <source>Meaning:</source>
        <translation>Significado:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="351"/>
        <source>Cashout:</source>
        <translation>Saque:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="353"/>
        <source>Amount:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="354"/>
        <source>Beneficiary:</source>
        <translation>Beneficiário:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="355"/>
        <source>Bank:</source>
        <translation>Banco:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="356"/>
        <source>Account:</source>
        <translation>Conta:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="357"/>
        <source>Created:</source>
        <translation>Criado:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="358"/>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="359"/>
        <source>Rejection:</source>
        <translation>Rejeição:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="360"/>
        <source>Bank reference:</source>
        <translation>Referência bancária:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="361"/>
        <source>Last refreshed:</source>
        <translation>Última atualização:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="362"/>
        <source>Auto refresh:</source>
        <translation>Atualização automática:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="365"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="366"/>
        <source>Look the status up again (F5)</source>
        <translation>Consultar o status novamente (F5)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="368"/>
        <source>Cancel cashout (experimental)…</source>
        <translation>Cancelar saque (experimental)…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="370"/>
        <source>Ask TuPay to cancel this PENDING cashout. Experimental: the cancel endpoint is documented by D24 only and TuPay may not offer it.</source>
        <translation>Pedir à TuPay que cancele este saque PENDENTE. Experimental: o endpoint de cancelamento só é documentado pela D24 e a TuPay pode não oferecê-lo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="374"/>
        <source>Put on hold (experimental)</source>
        <translation>Colocar em espera (experimental)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="376"/>
        <source>Ask TuPay to hold this PENDING cashout: it is not processed until released. Experimental: documented by D24 only; TuPay may not offer it.</source>
        <translation>Pede à TuPay que coloque este saque PENDENTE em espera: ele não é processado até ser liberado. Experimental: documentado apenas pela D24; a TuPay pode não oferecê-lo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="380"/>
        <source>Release (experimental)</source>
        <translation>Liberar (experimental)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="382"/>
        <source>Ask TuPay to move this cashout from On hold back to Pending. Experimental: documented by D24 only; TuPay may not offer it.</source>
        <translation>Pede à TuPay que mova este saque de Em espera de volta para Pendente. Experimental: documentado apenas pela D24; a TuPay pode não oferecê-lo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="386"/>
        <source>Recei&amp;pt…</source>
        <translation>Com&amp;provante…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="387"/>
        <source>Save this cashout&apos;s receipt as a PDF file</source>
        <translation>Salvar o comprovante deste saque como arquivo PDF</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="399"/>
        <source>Cashout</source>
        <translation>Saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="421"/>
        <source>Sandbox notifications</source>
        <translation>Notificações do sandbox</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="423"/>
        <source>What the sandbox POSTed to this cashout&apos;s notification URL — what your server would receive. The notification never carries the status: re-query it.</source>
        <translation>O que o sandbox enviou (POST) para a URL de notificação deste saque: o que o seu servidor receberia. A notificação nunca traz o status: consulte-o novamente.</translation>
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
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="431"/>
        <source>Notifications the sandbox sent</source>
        <translation>Notificações que o sandbox enviou</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="437"/>
        <source>Sandbox notification URL on this computer</source>
        <translation>URL de notificação do sandbox neste computador</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="439"/>
        <source>Where the sandbox sends notifications of cashouts created without a notification URL: a receiver on this computer (http://localhost or 127.0.0.1). Empty: none.</source>
        <translation>Para onde o sandbox envia as notificações dos saques criados sem URL de notificação: um receptor neste computador (http://localhost ou 127.0.0.1). Vazio: nenhuma.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="442"/>
        <source>Send notifications there</source>
        <translation>Enviar as notificações para lá</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="526"/>
        <source>Lookups are unavailable: this environment is not ready (its credentials are missing or it could not be started). Set it up in Settings (Ctrl+,).</source>
        <translation>Não é possível consultar: este ambiente não está pronto (faltam as credenciais ou ele não pôde ser iniciado). Configure-o em Configurações (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="591"/>
        <source>A cashout_id is made of digits only.</source>
        <translation>Um cashout_id tem somente dígitos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="593"/>
        <source>Type a cashout_id or an external_id to look up.</source>
        <translation>Digite um cashout_id ou um external_id para consultar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="606"/>
        <source>Lookup cancelled.</source>
        <translation>Consulta cancelada.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="617"/>
        <source>Cancel cashout?</source>
        <translation>Cancelar o saque?</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="618"/>
        <source>Cancel cashout %1 (external_id %2)?

The beneficiary will not be paid. This uses an experimental endpoint that TuPay may not offer.</source>
        <translation>Cancelar o saque %1 (external_id %2)?

O beneficiário não será pago. Isto usa um endpoint experimental que a TuPay pode não oferecer.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="648"/>
        <source>No receipt: this cashout was not sent from this computer, so its journal has no beneficiary details for it.</source>
        <translation>Sem comprovante: este saque não foi enviado deste computador, então o diário não tem os dados do beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="657"/>
        <source>Not put on hold: %1</source>
        <translation>Não foi colocado em espera: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="661"/>
        <source>Not released: %1</source>
        <translation>Não foi liberado: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="688"/>
        <source>Type a URL on this computer, such as http://127.0.0.1:8000/notify.</source>
        <translation>Digite uma URL deste computador, como http://127.0.0.1:8000/notify.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="725"/>
        <source>The sandbox&apos;s notifications could not be read: %1</source>
        <translation>Não foi possível ler as notificações do sandbox: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="737"/>
        <source>The sandbox now notifies %1 for cashouts created without a notification URL.</source>
        <translation>O sandbox agora notifica %1 sobre os saques criados sem URL de notificação.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="741"/>
        <source>The sandbox notifies only cashouts created with a notification URL.</source>
        <translation>O sandbox só notifica os saques criados com URL de notificação.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="746"/>
        <source>The sandbox&apos;s notification URL could not be changed: %1</source>
        <translation>Não foi possível alterar a URL de notificação do sandbox: %1</translation>
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
(anuncia o status %3, que não inclui)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="763"/>
        <source>Attempt %1</source>
        <translation>Tentativa %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="771"/>
        <source>No answer: %1</source>
        <translation>Sem resposta: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="778"/>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="783"/>
        <source>Gave up after %1 attempts (last: %2)</source>
        <translation>Abandonada após %1 tentativas (última: %2)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="786"/>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="789"/>
        <source>%1 — retried at %2</source>
        <translation>%1 — nova tentativa às %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="922"/>
        <source>The lookup failed unexpectedly: %1</source>
        <translation>A consulta falhou inesperadamente: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="935"/>
        <source>The cancellation failed unexpectedly: %1</source>
        <translation>O cancelamento falhou inesperadamente: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="964"/>
        <source>Not cancelled: %1</source>
        <translation>Não cancelado: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="979"/>
        <source>No answer from TuPay: %1</source>
        <translation>Sem resposta da TuPay: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="981"/>
        <source>Unexpected answer: %1</source>
        <translation>Resposta inesperada: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="993"/>
        <source>Off — the status is final</source>
        <translation>Desativada: o status é final</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="995"/>
        <source>Next refresh in %1 s</source>
        <translation>Próxima atualização em %1 s</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="997"/>
        <source>Stopped after an error</source>
        <translation>Interrompida após um erro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1038"/>
        <source> (code %1)</source>
        <translation> (código %1)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1040"/>
        <source> TuPay&apos;s reason: “%1”.</source>
        <translation> Motivo informado pela TuPay: “%1”.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1068"/>
        <source>not recognised (code %1)</source>
        <translation>não reconhecido (código %1)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="1075"/>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
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
        <translation>Para cancelar são necessários o cashout_id e o external_id: abra o saque pelo histórico ou consulte-o pelo external_id.</translation>
    </message>
</context>
<context>
    <name>ConfirmProductionDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="48"/>
        <source>Confirm a PRODUCTION cashout</source>
        <translation>Confirmar um saque em PRODUÇÃO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="55"/>
        <source>PRODUCTION — real money. Confirming sends this cashout to %1 and pays a real bank account.</source>
        <translation>PRODUÇÃO — dinheiro real. Ao confirmar, este saque é enviado para %1 e paga uma conta bancária real.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="70"/>
        <source>bank not recognised</source>
        <translation>banco não reconhecido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="71"/>
        <source>Savings (S)</source>
        <translation>Poupança (S)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="71"/>
        <source>Current (C)</source>
        <translation>Corrente (C)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="74"/>
        <source>Beneficiary</source>
        <translation>Beneficiário</translation>
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
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="79"/>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="86"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="80"/>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="95"/>
        <source>Type the amount (%1) to confirm:</source>
        <translation>Digite o valor (%1) para confirmar:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="102"/>
        <source>Type the amount to confirm</source>
        <translation>Digite o valor para confirmar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="116"/>
        <source>Send %1 to PRODUCTION</source>
        <translation>Enviar %1 para PRODUÇÃO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="123"/>
        <source>Confirm and send to Production</source>
        <translation>Confirmar e enviar para Produção</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="125"/>
        <source>Cancel, send nothing</source>
        <translation>Cancelar, não enviar nada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="147"/>
        <source>Amount confirmed. Enter sends it.</source>
        <translation>Valor confirmado. Enter envia.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="150"/>
        <source>That is not the amount of this cashout.</source>
        <translation>Esse não é o valor deste saque.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="163"/>
        <source>Not sent: that is not the amount of this cashout. Type %1 to send it.</source>
        <translation>Não enviado: esse não é o valor deste saque. Digite %1 para enviá-lo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="166"/>
        <source>Not sent: type the amount (%1) first.</source>
        <translation>Não enviado: digite primeiro o valor (%1).</translation>
    </message>
    <message>
        <source>Amount confirmed.</source>
        <translation type="vanished">Valor confirmado.</translation>
    </message>
</context>
<context>
    <name>CreateFlow</name>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="80"/>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="84"/>
        <source>Created: cashout %1 (external id %2) — %3. Its status is followed on the right.</source>
        <translation>Criado: saque %1 (ID externo %2) — %3. O status é acompanhado à direita.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="87"/>
        <source>Found it: the cashout with external id %1 was created — %2. Its status is on the right.</source>
        <translation>Encontrado: o saque com ID externo %1 foi criado — %2. O status está à direita.</translation>
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
        <translation>Resultado desconhecido: consultando pelo ID externo %1… (%2) Não o envie novamente com um novo ID até a consulta responder.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="99"/>
        <source>Not found yet: TuPay had no cashout with external id %1 moments after it was sent — it may still be processing it. The Desk looks again; do not send it again under a new id.</source>
        <translation>Ainda não encontrado: a TuPay não tinha nenhum saque com ID externo %1 instantes depois do envio; talvez ainda o esteja processando. O Desk consulta de novo; não o envie novamente com um novo ID.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="105"/>
        <source>Not created: TuPay has no cashout with external id %1. It can be resubmitted with the same external id (History, “Resubmit…”).</source>
        <translation>Não criado: a TuPay não tem nenhum saque com ID externo %1. Pode ser reenviado com o mesmo ID externo (Histórico, “Reenviar…”).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="109"/>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="445"/>
        <source>Not sent — nothing was created: %1</source>
        <translation>Não enviado: nada foi criado: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="114"/>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="442"/>
        <source>Not created. %1</source>
        <translation>Não criado. %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="116"/>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="432"/>
        <source>Conflict — NOT created: external id %1 already belongs to a different cashout at TuPay (error 511), one this journal never sent. Nothing was paid. Use “New id” to send this cashout under a new external id.</source>
        <translation>Conflito — NÃO criado: o id externo %1 já pertence a outro saque na TuPay (erro 511), um que este registro nunca enviou. Nada foi pago. Use “Novo ID” para enviar este saque com um id externo novo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="231"/>
        <source>Nothing was sent: the journal could not be read (%1).</source>
        <translation>Nada foi enviado: não foi possível ler o registro (%1).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="244"/>
        <source>Not sent: the Desk was closed before sending.</source>
        <translation>Não enviado: o Desk foi fechado antes do envio.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="265"/>
        <source>Made elsewhere in the last 24 hours (TuPay&apos;s account list):</source>
        <translation>Feitos em outro lugar nas últimas 24 horas (lista da conta na TuPay):</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="269"/>
        <source>Possible duplicate</source>
        <translation>Possível duplicidade</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="269"/>
        <source>Check before sending</source>
        <translation>Verifique antes de enviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/create_flow.py" line="273"/>
        <source>The journal already has %n cashout(s) to this account for this amount:</source>
        <translation>
            <numerusform>O registro já tem %n saque para esta conta com este valor:</numerusform>
            <numerusform>O registro já tem %n saques para esta conta com este valor:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/create_flow.py" line="276"/>
        <source>TuPay&apos;s account list has %n cashout(s) to this document for this amount:</source>
        <translation>
            <numerusform>A lista da conta na TuPay tem %n saque para este documento neste valor:</numerusform>
            <numerusform>A lista da conta na TuPay tem %n saques para este documento neste valor:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="279"/>
        <source>The amount is more than the account&apos;s available balance.</source>
        <translation>O valor é maior que o saldo disponível da conta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="280"/>
        <source>Send this one anyway?</source>
        <translation>Enviar este mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="281"/>
        <source>Send anyway</source>
        <translation>Enviar mesmo assim</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="291"/>
        <source>Not sent.</source>
        <translation>Não enviado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="321"/>
        <source>Cancelled — nothing was sent to Production.</source>
        <translation>Cancelado: nada foi enviado para Produção.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="429"/>
        <source>Created: cashout %1 (external id %2). Its status is followed on the right.</source>
        <translation>Criado: saque %1 (ID externo %2). O status é acompanhado à direita.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="437"/>
        <source>TuPay already has the cashout with external id %1, sent before from this journal: nothing was paid twice. It is looked up on the right.</source>
        <translation>A TuPay já tem o saque com id externo %1, enviado antes a partir deste registro: nada foi pago duas vezes. Ele é consultado à direita.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="452"/>
        <source>Not sent: a cashout with external id %1 is already in the journal and may exist at TuPay. It is being looked up; use “New id” only for a different cashout.</source>
        <translation>Não enviado: já existe um saque com ID externo %1 no registro, e ele pode existir na TuPay. Ele está sendo consultado; use “Novo ID” só para um saque diferente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/create_flow.py" line="455"/>
        <source>Outcome unknown for external id %1; look it up before sending again.</source>
        <translation>Resultado desconhecido para o ID externo %1; consulte-o antes de enviar novamente.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="53"/>
        <source>The OS keyring is unavailable ({reason}); credentials are kept for this session only and will be forgotten on exit.</source>
        <translation>O chaveiro do sistema não está disponível ({reason}); as credenciais ficam guardadas só nesta sessão e serão esquecidas ao sair.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="58"/>
        <source>no keyring backend is installed</source>
        <translation>nenhum backend de chaveiro está instalado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="59"/>
        <source>the keyring is locked or the unlock prompt was dismissed</source>
        <translation>o chaveiro está bloqueado ou a janela de desbloqueio foi fechada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="60"/>
        <source>only a file-based keyring is configured, and credentials never go into files</source>
        <translation>só há um chaveiro baseado em arquivos configurado, e as credenciais nunca são gravadas em arquivos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="63"/>
        <source>the keyring service could not be opened</source>
        <translation>não foi possível abrir o serviço de chaveiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="64"/>
        <source>the D-Bus Secret Service did not answer</source>
        <translation>o Secret Service do D-Bus não respondeu</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="65"/>
        <source>the keyring reported an error</source>
        <translation>o chaveiro informou um erro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="66"/>
        <source>this run does not use the OS keyring</source>
        <translation>esta execução não usa o chaveiro do sistema</translation>
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
        <translation>Access key da API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="159"/>
        <source>Merchants API secret key</source>
        <translation>Secret key da API de Merchants</translation>
    </message>
</context>
<context>
    <name>CustomEnvironmentDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="44"/>
        <source>Add a custom environment</source>
        <translation>Adicionar um ambiente personalizado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="53"/>
        <source>Another TuPay host, e.g. a test server TuPay gave you. Its credentials are set afterwards, in Settings.</source>
        <translation>Outro servidor da TuPay, p. ex. um de testes que a TuPay lhe deu. As credenciais são definidas depois, em Configurações.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="59"/>
        <source>Name of the environment</source>
        <translation>Nome do ambiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="61"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="62"/>
        <source>https://… (http:// only on this machine)</source>
        <translation>https://… (http:// só nesta máquina)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="64"/>
        <source>Default notification URL</source>
        <translation>URL de notificação padrão</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="65"/>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="75"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="76"/>
        <source>&amp;Base URL</source>
        <translation>URL &amp;base</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="77"/>
        <source>Default &amp;notification URL</source>
        <translation>URL de noti&amp;ficação padrão</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="87"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="115"/>
        <source>Give the environment a name.</source>
        <translation>Dê um nome ao ambiente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="119"/>
        <source>The name needs at least one letter or digit.</source>
        <translation>O nome precisa de pelo menos uma letra ou um dígito.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="121"/>
        <source>There is already an environment called “%1”; choose another name.</source>
        <translation>Já existe um ambiente chamado “%1”; escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="128"/>
        <source>Type the base URL TuPay gave you, e.g. https://api.example.com.</source>
        <translation>Digite a URL base que a TuPay lhe deu, p. ex. https://api.example.com.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="132"/>
        <source>Plain http:// is only allowed to this machine (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>http:// sem criptografia só é permitido para esta máquina (localhost, 127.0.0.1, ::1); use https://.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="135"/>
        <source>Not a usable base URL: it must look like https://host[:port][/path], without spaces, a user name or password, a query or a fragment.</source>
        <translation>Não é uma URL base utilizável: deve ter a forma https://host[:porta][/caminho], sem espaços, usuário ou senha, consulta ou fragmento.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="146"/>
        <source>The notification URL is longer than %1 characters.</source>
        <translation>A URL de notificação tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="148"/>
        <source>The notification URL must be an http(s):// URL with a host name, or empty.</source>
        <translation>A URL de notificação deve ser uma URL http(s):// com um nome de host, ou ficar vazia.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_dialog.py" line="182"/>
        <source>Not added: %1</source>
        <translation>Não adicionado: %1</translation>
    </message>
</context>
<context>
    <name>DeskStart</name>
    <message>
        <location filename="../../tupay_desktop/app.py" line="150"/>
        <source>TuPay Cashout Desk is already running on this profile (process %1), but it does not answer. Close it, or end that process, and start the Desk again. If no Desk is running, delete %2.</source>
        <translation>O TuPay Cashout Desk já está em execução neste perfil (processo %1), mas não responde. Feche-o, ou encerre esse processo, e inicie o Desk de novo. Se nenhum Desk estiver em execução, apague %2.</translation>
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
        <translation>Produção</translation>
    </message>
</context>
<context>
    <name>EnvironmentBar</name>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="33"/>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="79"/>
        <source>Environment %1</source>
        <translation>Ambiente %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="129"/>
        <source>The local sandbox inside the Desk: no real money, no network.</source>
        <translation>O sandbox local dentro do Desk: sem dinheiro real e sem rede.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="131"/>
        <source>PRODUCTION — real money: %1</source>
        <translation>PRODUÇÃO — dinheiro real: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeFile</name>
    <message>
        <location filename="../../tupay_desktop/ui/exchange_file.py" line="108"/>
        <source>Save the exchange</source>
        <translation>Salvar a troca</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/exchange_file.py" line="111"/>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/exchange_file.py" line="123"/>
        <source>The exchange could not be saved to %1: %2</source>
        <translation>Não foi possível salvar a troca em %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="129"/>
        <source>Please wait a few seconds before refreshing again.</source>
        <translation>Aguarde alguns segundos antes de atualizar novamente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="137"/>
        <source>Refreshing open cashouts…</source>
        <translation>Atualizando os saques em aberto…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="155"/>
        <source>Reconciling: looking up every cashout of %1 whose outcome is unknown…</source>
        <translation>Conciliando: consultando cada saque de %1 com resultado desconhecido…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="176"/>
        <source>Reconciling %1…</source>
        <translation>Conciliando %1…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="185"/>
        <source>Nothing to reconcile: no cashout of this environment has an unknown outcome.</source>
        <translation>Nada a conciliar: nenhum saque deste ambiente tem resultado desconhecido.</translation>
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
            <numerusform>%n ainda não encontrado — consultado de novo na próxima conciliação</numerusform>
            <numerusform>%n ainda não encontrados — consultados de novo na próxima conciliação</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="197"/>
        <source>1 never reached TuPay — select it to resubmit</source>
        <translation>1 nunca chegou à TuPay: selecione-o para reenviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="199"/>
        <source>%n never reached TuPay — select them to resubmit</source>
        <translation>
            <numerusform>%n nunca chegou à TuPay: selecione-o para reenviar</numerusform>
            <numerusform>%n nunca chegaram à TuPay: selecione-os para reenviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="201"/>
        <source>%n being sent right now (left alone)</source>
        <translation>
            <numerusform>%n sendo enviado neste momento (não foi mexido)</numerusform>
            <numerusform>%n sendo enviados neste momento (não foram mexidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/actions.py" line="203"/>
        <source>%n still unknown — the lookup failed; try again later</source>
        <translation>
            <numerusform>%n continua desconhecido: a consulta falhou; tente novamente mais tarde</numerusform>
            <numerusform>%n continuam desconhecidos: a consulta falhou; tente novamente mais tarde</numerusform>
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
        <translation>Não é possível reenviar %1: %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="227"/>
        <source>Not resubmitted: nothing was sent for %1.</source>
        <translation>Não reenviado: nada foi enviado para %1.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="231"/>
        <source>Not resubmitted: the environment changed while confirming. Nothing was sent.</source>
        <translation>Não reenviado: o ambiente mudou durante a confirmação. Nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="239"/>
        <source>Resubmitting %1 with the same external id…</source>
        <translation>Reenviando %1 com o mesmo ID externo…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="255"/>
        <source>Resubmit a PRODUCTION cashout</source>
        <translation>Reenviar um saque de PRODUÇÃO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="257"/>
        <source>This cashout never reached TuPay. It is sent again with the SAME external id %1, so TuPay can never create it twice.</source>
        <translation>Este saque nunca chegou à TuPay. Ele é enviado novamente com o MESMO ID externo %1, assim a TuPay nunca poderá criá-lo duas vezes.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="271"/>
        <source>Send this cashout to %1 again?

External id: %2 (the same id: TuPay refuses a second cashout with it)
Beneficiary: %3
Amount: %4 %5</source>
        <translation>Enviar este saque novamente para %1?

ID externo: %2 (o mesmo ID: a TuPay recusa um segundo saque com ele)
Beneficiário: %3
Valor: %4 %5</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="276"/>
        <source>Resubmit a cashout</source>
        <translation>Reenviar um saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="284"/>
        <source>Resubmitted: TuPay created cashout %1 with the same external id %2.</source>
        <translation>Reenviado: a TuPay criou o saque %1 com o mesmo ID externo %2.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="288"/>
        <source>TuPay already has a cashout with external id %1, so nothing was paid twice. Looked it up: %2.</source>
        <translation>A TuPay já tem um saque com ID externo %1; portanto nada foi pago duas vezes. Consultado: %2.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="291"/>
        <source>Resubmitted, but TuPay declined it — nothing was created. %1</source>
        <translation>Reenviado, mas a TuPay o recusou: nada foi criado. %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="295"/>
        <source>Not sent — nothing was created: %1 It can be resubmitted again.</source>
        <translation>Não enviado: nada foi criado: %1 Pode ser reenviado outra vez.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="298"/>
        <source>Outcome unknown for external id %1 (%2) Click “Reconcile” to look it up; never send it under a new id.</source>
        <translation>Resultado desconhecido para o ID externo %1 (%2) Clique em “Conciliar” para consultá-lo; nunca o envie com um novo ID.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="300"/>
        <source>The resubmission of %1 ended without an answer.</source>
        <translation>O reenvio de %1 terminou sem resposta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="311"/>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="312"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="331"/>
        <source>Exported %1 cashouts to %2.</source>
        <translation>%1 saques exportados para %2.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="339"/>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
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
            <numerusform>%n saque em aberto atualizado.</numerusform>
            <numerusform>%n saques em aberto atualizados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="359"/>
        <source>The refresh failed: %1</source>
        <translation>A atualização falhou: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="373"/>
        <source>Reconciling failed: %1</source>
        <translation>A conciliação falhou: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/actions.py" line="388"/>
        <source>The resubmission of %1 failed: %2</source>
        <translation>O reenvio de %1 falhou: %2</translation>
    </message>
    <message>
        <source>Not sent — nothing was created: %1. It can be resubmitted again.</source>
        <translation type="vanished">Não enviado: nada foi criado: %1. Pode ser reenviado outra vez.</translation>
    </message>
    <message>
        <source>Outcome unknown for external id %1 (%2). Click “Reconcile” to look it up; never send it under a new id.</source>
        <translation type="vanished">Resultado desconhecido para o ID externo %1 (%2). Clique em “Conciliar” para consultá-lo; nunca o envie com um novo ID.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="128"/>
        <location filename="../../tupay_desktop/ui/history/model.py" line="194"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="131"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="132"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="133"/>
        <source>Cashout ID</source>
        <translation>ID do saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="135"/>
        <source>Beneficiary</source>
        <translation>Beneficiário</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="136"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="137"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="197"/>
        <source>Declined (%1)</source>
        <translation>Recusado (%1)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="200"/>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="202"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="203"/>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="204"/>
        <source>Not found yet — looked up again</source>
        <translation>Ainda não encontrado — consultado de novo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="205"/>
        <source>Not created — can be resubmitted</source>
        <translation>Não criado: pode ser reenviado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="206"/>
        <source>Conflict — id used by another cashout</source>
        <translation>Conflito — id usado por outro saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="215"/>
        <source>Not created</source>
        <translation>Não criado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="217"/>
        <source>Not found yet</source>
        <translation>Ainda não encontrado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="218"/>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="247"/>
        <source>Last checked %1</source>
        <translation>Consultado pela última vez: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="255"/>
        <source>Being sent, or the Desk stopped while sending it. Reconcile looks it up by its external id.</source>
        <translation>Está sendo enviado, ou o Desk parou durante o envio. A conciliação o consulta pelo ID externo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="260"/>
        <source>The create may or may not have reached TuPay. Reconcile looks it up by its external id; never send it again under a new id.</source>
        <translation>A criação pode ou não ter chegado à TuPay. A conciliação o consulta pelo ID externo; nunca o envie novamente com um novo ID.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="266"/>
        <source>TuPay had no cashout with this external id when it was looked up, moments after it was sent — it may still be processing it. Reconcile looks again (also on start); it becomes “Not created” only if it is still missing after the settling window. Never send it again under a new id.</source>
        <translation>A TuPay não tinha um saque com este id externo quando foi consultado, instantes depois do envio — talvez ainda o esteja processando. A conciliação consulta de novo (também ao iniciar); ele passa a “Não criado” só se continuar ausente depois do prazo de acomodação. Nunca o envie de novo com um id novo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="276"/>
        <source>TuPay has no cashout with this external id. Select it and click “Resubmit…” to send it again with the same external id.</source>
        <translation>A TuPay não tem nenhum saque com este ID externo. Selecione-o e clique em “Reenviar…” para enviá-lo novamente com o mesmo ID externo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="282"/>
        <source>Conflict: TuPay already has a different cashout with this external id, one this journal never sent. This cashout was not created and nothing was paid; send it again under a new external id.</source>
        <translation>Conflito: a TuPay já tem outro saque com este id externo, um que este registro nunca enviou. Este saque não foi criado e nada foi pago; envie-o de novo com um id externo novo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="291"/>
        <source>TuPay declined this cashout; nothing was created.</source>
        <translation>A TuPay recusou este saque; nada foi criado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/model.py" line="617"/>
        <source>Bank reference: %1</source>
        <translation>Referência bancária: %1</translation>
    </message>
    <message>
        <source>SENDING</source>
        <translation type="vanished">ENVIANDO</translation>
    </message>
    <message>
        <source>OUTCOME UNKNOWN</source>
        <translation type="vanished">RESULTADO DESCONHECIDO</translation>
    </message>
    <message>
        <source>DECLINED</source>
        <translation type="vanished">RECUSADO</translation>
    </message>
    <message>
        <source>NOT CREATED</source>
        <translation type="vanished">NÃO CRIADO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="vanished">CRIADO</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="80"/>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="81"/>
        <source>Open (not final)</source>
        <translation>Em aberto (não finais)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="82"/>
        <source>Needs attention (unknown or not created)</source>
        <translation>Requer atenção (desconhecidos ou não criados)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="88"/>
        <source>Outcome unknown / sending</source>
        <translation>Resultado desconhecido / enviando</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="90"/>
        <source>Declined / not created</source>
        <translation>Recusados / não criados</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="92"/>
        <source>Conflict (id used by another cashout)</source>
        <translation>Conflito (id usado por outro saque)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="149"/>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="154"/>
        <source>Environment filter</source>
        <translation>Filtro de ambiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="155"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="420"/>
        <source>All environments</source>
        <translation>Todos os ambientes</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="156"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="158"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="160"/>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="161"/>
        <source>To date (inclusive)</source>
        <translation>Data final (inclusive)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="166"/>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="170"/>
        <source>Search external_id, cashout_id, beneficiary…</source>
        <translation>Buscar external_id, cashout_id, beneficiário…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="171"/>
        <source>Search the history</source>
        <translation>Buscar no histórico</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="199"/>
        <source>Cashout history</source>
        <translation>Histórico de saques</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="218"/>
        <source>Restore columns</source>
        <translation>Restaurar colunas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="219"/>
        <source>Give every column its original width again</source>
        <translation>Devolver a cada coluna sua largura original</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="236"/>
        <source>Number of cashouts</source>
        <translation>Quantidade de saques</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="239"/>
        <source>Totals of the cashouts shown</source>
        <translation>Totais dos cashouts exibidos</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="240"/>
        <source>Refresh open cashouts</source>
        <translation>Atualizar saques em aberto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="241"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="658"/>
        <source>Look up the status of every cashout that is not final</source>
        <translation>Consultar o status de cada saque que não é final</translation>
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
        <translation>Salvar as linhas que atendem ao filtro em um arquivo CSV</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="250"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="592"/>
        <source>Receipt…</source>
        <translation>Comprovante…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="251"/>
        <source>Save the selected cashout&apos;s receipt as a PDF file</source>
        <translation>Salvar o comprovante do saque selecionado como arquivo PDF</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="257"/>
        <source>Refresh progress</source>
        <translation>Progresso da atualização</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="261"/>
        <source>History message</source>
        <translation>Mensagem do histórico</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="400"/>
        <source>A resubmission is under way; wait for its outcome.</source>
        <translation>Há um reenvio em andamento; aguarde o resultado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="402"/>
        <source>Select a cashout marked “Not created” to resubmit it.</source>
        <translation>Selecione um saque marcado como “Não criado” para reenviá-lo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="404"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="558"/>
        <location filename="../../tupay_desktop/ui/history/view.py" line="653"/>
        <source>Unavailable: this environment is not ready</source>
        <translation>Indisponível: este ambiente não está pronto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="406"/>
        <source>This cashout belongs to %1: switch to %1 to resubmit it.</source>
        <translation>Este saque pertence a %1: mude para %1 para reenviá-lo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="409"/>
        <source>Only a cashout that never reached TuPay (“Not created”) can be resubmitted; this one is “%1”.</source>
        <translation>Só é possível reenviar um saque que nunca chegou à TuPay (“Não criado”); este está “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history/view.py" line="516"/>
        <source>%n cashout(s)</source>
        <translation>
            <numerusform>%n saque</numerusform>
            <numerusform>%n saques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="534"/>
        <source>Sum: %1 — by status: %2</source>
        <translation>Soma: %1 — por status: %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="559"/>
        <source>This cashout belongs to %1: switch to %1 first.</source>
        <translation>Este cashout pertence a %1: mude primeiro para %1.</translation>
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
        <translation>A TuPay não deu um cashout_id a este cashout</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="577"/>
        <source>Look up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="581"/>
        <source>Only a cashout whose outcome is unknown is reconciled; this one is known: look it up instead.</source>
        <translation>Só se concilia um cashout cujo resultado é desconhecido; o deste é conhecido: consulte-o em vez disso.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="584"/>
        <source>A refresh or reconcile is under way; wait for it to finish.</source>
        <translation>Há uma atualização ou conciliação em andamento; aguarde o término.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="590"/>
        <source>New cashout from this one</source>
        <translation>Novo cashout a partir deste</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="628"/>
        <source>Building the search index of older cashouts: %1%. Searching works meanwhile, more slowly.</source>
        <translation>Construindo o índice de busca dos cashouts anteriores: %1%. Enquanto isso a busca funciona, mais devagar.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="655"/>
        <source>Unavailable: this environment is not ready, so nothing can be looked up</source>
        <translation>Indisponível: este ambiente não está pronto, então nada pode ser consultado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="660"/>
        <source>Look up every cashout whose outcome is unknown (“Sending…”, “Outcome unknown”) by its external id: found ones are adopted, missing ones become “Not created”</source>
        <translation>Consultar pelo ID externo cada saque com resultado desconhecido (“Enviando…”, “Resultado desconhecido”): os encontrados são incorporados e os ausentes passam a “Não criado”</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history/view.py" line="670"/>
        <source>Send %1 again with the same external id (after a confirmation)</source>
        <translation>Enviar %1 novamente com o mesmo ID externo (após uma confirmação)</translation>
    </message>
    <message>
        <source>Please wait a few seconds before refreshing again.</source>
        <translation type="vanished">Aguarde alguns segundos antes de atualizar novamente.</translation>
    </message>
    <message>
        <source>Refreshing open cashouts…</source>
        <translation type="vanished">Atualizando os saques em aberto…</translation>
    </message>
    <message>
        <source>Reconciling: looking up every cashout of %1 whose outcome is unknown…</source>
        <translation type="vanished">Conciliando: consultando cada saque de %1 com resultado desconhecido…</translation>
    </message>
    <message>
        <source>Nothing to reconcile: no cashout of this environment has an unknown outcome.</source>
        <translation type="vanished">Nada a conciliar: nenhum saque deste ambiente tem resultado desconhecido.</translation>
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
            <numerusform>%n ainda não encontrado — consultado de novo na próxima conciliação</numerusform>
            <numerusform>%n ainda não encontrados — consultados de novo na próxima conciliação</numerusform>
        </translation>
    </message>
    <message>
        <source>1 never reached TuPay — select it to resubmit</source>
        <translation type="vanished">1 nunca chegou à TuPay: selecione-o para reenviar</translation>
    </message>
    <message numerus="yes">
        <source>%n never reached TuPay — select them to resubmit</source>
        <translation type="vanished">
            <numerusform>%n nunca chegou à TuPay: selecione-o para reenviar</numerusform>
            <numerusform>%n nunca chegaram à TuPay: selecione-os para reenviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent right now (left alone)</source>
        <translation type="vanished">
            <numerusform>%n sendo enviado neste momento (não foi mexido)</numerusform>
            <numerusform>%n sendo enviados neste momento (não foram mexidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown — the lookup failed; try again later</source>
        <translation type="vanished">
            <numerusform>%n continua desconhecido: a consulta falhou; tente novamente mais tarde</numerusform>
            <numerusform>%n continuam desconhecidos: a consulta falhou; tente novamente mais tarde</numerusform>
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
        <translation type="vanished">Não é possível reenviar %1: %2</translation>
    </message>
    <message>
        <source>Not resubmitted: nothing was sent for %1.</source>
        <translation type="vanished">Não reenviado: nada foi enviado para %1.</translation>
    </message>
    <message>
        <source>Not resubmitted: the environment changed while confirming. Nothing was sent.</source>
        <translation type="vanished">Não reenviado: o ambiente mudou durante a confirmação. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Resubmitting %1 with the same external id…</source>
        <translation type="vanished">Reenviando %1 com o mesmo ID externo…</translation>
    </message>
    <message>
        <source>Resubmit a PRODUCTION cashout</source>
        <translation type="vanished">Reenviar um saque de PRODUÇÃO</translation>
    </message>
    <message>
        <source>This cashout never reached TuPay. It is sent again with the SAME external id %1, so TuPay can never create it twice.</source>
        <translation type="vanished">Este saque nunca chegou à TuPay. Ele é enviado novamente com o MESMO ID externo %1, assim a TuPay nunca poderá criá-lo duas vezes.</translation>
    </message>
    <message>
        <source>Send this cashout to %1 again?

External id: %2 (the same id: TuPay refuses a second cashout with it)
Beneficiary: %3
Amount: %4 %5</source>
        <translation type="vanished">Enviar este saque novamente para %1?

ID externo: %2 (o mesmo ID: a TuPay recusa um segundo saque com ele)
Beneficiário: %3
Valor: %4 %5</translation>
    </message>
    <message>
        <source>Resubmit a cashout</source>
        <translation type="vanished">Reenviar um saque</translation>
    </message>
    <message>
        <source>Resubmitted: TuPay created cashout %1 with the same external id %2.</source>
        <translation type="vanished">Reenviado: a TuPay criou o saque %1 com o mesmo ID externo %2.</translation>
    </message>
    <message>
        <source>TuPay already has a cashout with external id %1, so nothing was paid twice. Looked it up: %2.</source>
        <translation type="vanished">A TuPay já tem um saque com ID externo %1; portanto nada foi pago duas vezes. Consultado: %2.</translation>
    </message>
    <message>
        <source>Resubmitted, but TuPay declined it — nothing was created. %1</source>
        <translation type="vanished">Reenviado, mas a TuPay o recusou: nada foi criado. %1</translation>
    </message>
    <message>
        <source>Not sent — nothing was created: %1. It can be resubmitted again.</source>
        <translation type="vanished">Não enviado: nada foi criado: %1. Pode ser reenviado outra vez.</translation>
    </message>
    <message>
        <source>Outcome unknown for external id %1 (%2). Click “Reconcile” to look it up; never send it under a new id.</source>
        <translation type="vanished">Resultado desconhecido para o ID externo %1 (%2). Clique em “Conciliar” para consultá-lo; nunca o envie com um novo ID.</translation>
    </message>
    <message>
        <source>The resubmission of %1 ended without an answer.</source>
        <translation type="vanished">O reenvio de %1 terminou sem resposta.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="vanished">Exportar histórico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 cashouts to %2.</source>
        <translation type="vanished">%1 saques exportados para %2.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="vanished">A exportação falhou: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="vanished">Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n open cashout(s).</source>
        <translation type="vanished">
            <numerusform>%n saque em aberto atualizado.</numerusform>
            <numerusform>%n saques em aberto atualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation type="vanished">A atualização falhou: %1</translation>
    </message>
    <message>
        <source>Reconciling failed: %1</source>
        <translation type="vanished">A conciliação falhou: %1</translation>
    </message>
    <message>
        <source>The resubmission of %1 failed: %2</source>
        <translation type="vanished">O reenvio de %1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="407"/>
        <source>Exchanges — newest first</source>
        <translation>Trocas — as mais novas primeiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="419"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="419"/>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="419"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="420"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="523"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="427"/>
        <source>Recent exchanges</source>
        <translation>Trocas recentes</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="428"/>
        <source>Recent exchanges of this environment, newest first</source>
        <translation>Trocas recentes deste ambiente, as mais novas primeiro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="440"/>
        <source>No exchanges yet in this environment.

Every request the Desk sends — a cashout, a status lookup, a cancellation — appears in the list on the left, newest first. Select one to see its URL, HTTP status, headers and bodies (login and pass hidden), the TuPay error explained in words, and to copy it as cURL.</source>
        <translation>Ainda não há trocas neste ambiente.

Cada requisição que o Desk envia — um saque, uma consulta de status, um cancelamento — aparece na lista à esquerda, as mais novas primeiro. Selecione uma para ver a URL, o status HTTP, os cabeçalhos e os corpos (login e pass ocultos), o erro da TuPay explicado em palavras, e para copiá-la como cURL.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="450"/>
        <source>No exchanges yet</source>
        <translation>Ainda não há trocas</translation>
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
        <translation>Status HTTP</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="524"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="525"/>
        <source>Explanation</source>
        <translation>Explicação</translation>
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
        <translation>Copiar um trecho de shell que repete esta requisição; as credenciais são lidas de $TUPAY_API_KEY, $TUPAY_API_PASSPHRASE e $TUPAY_API_SIGNATURE.</translation>
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
        <translation>Copiar o corpo da resposta, formatado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="548"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="555"/>
        <source>Request headers</source>
        <translation>Cabeçalhos da requisição</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="549"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="553"/>
        <source>Response headers</source>
        <translation>Cabeçalhos da resposta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="550"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="554"/>
        <source>Request body</source>
        <translation>Corpo da requisição</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="551"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="552"/>
        <source>Response body</source>
        <translation>Corpo da resposta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="592"/>
        <source>Explanation:</source>
        <translation>Explicação:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="594"/>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="595"/>
        <source>HTTP status:</source>
        <translation>Status HTTP:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="596"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="597"/>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="598"/>
        <source>Started:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="603"/>
        <source>Exchange summary</source>
        <translation>Resumo da troca</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="627"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="681"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="856"/>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="629"/>
        <source>Save this exchange to a file (JSON; login and pass hidden), to send to a colleague or to TuPay&apos;s support</source>
        <translation>Salva esta troca em um arquivo (JSON; login e pass ocultos), para enviar a um colega ou ao suporte da TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="637"/>
        <source>Exchange actions</source>
        <translation>Ações da troca</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="647"/>
        <source>Search URL, status, bodies…</source>
        <translation>Buscar URL, status, corpos…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="648"/>
        <source>Search the exchanges</source>
        <translation>Buscar nas trocas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="650"/>
        <source>Lists only the exchanges whose URL, HTTP status or bodies contain every word typed: an external_id, a cashout_id, a status code, a name…</source>
        <translation>Lista apenas as trocas cuja URL, status HTTP ou corpos contêm todas as palavras digitadas: um external_id, um cashout_id, um código de status, um nome…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="654"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="685"/>
        <source>Only this cashout</source>
        <translation>Só este saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="656"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="915"/>
        <source>List only the exchanges of the selected exchange&apos;s cashout (the same external_id or cashout_id): its creation and its status lookups</source>
        <translation>Lista apenas as trocas do saque da troca selecionada (o mesmo external_id ou cashout_id): sua criação e suas consultas de status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="775"/>
        <source>No response: %1</source>
        <translation>Sem resposta: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="777"/>
        <source>No response</source>
        <translation>Sem resposta</translation>
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
        <translation>Salvo ✓</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="854"/>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="865"/>
        <source>Hide summary</source>
        <translation>Ocultar resumo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="865"/>
        <source>Show summary</source>
        <translation>Mostrar resumo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="869"/>
        <source>%1: the method, URL, status and times; folded, the bodies get more room</source>
        <translation>%1: o método, a URL, o status e os tempos; recolhido, os corpos ganham mais espaço</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="914"/>
        <source>Listing only the exchanges of external_id %1</source>
        <translation>Listando apenas as trocas do external_id %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="957"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="959"/>
        <source>%1 of the %2 exchanges match the filter</source>
        <translation>%1 das %2 trocas correspondem ao filtro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="986"/>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="1005"/>
        <source>no response</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="1042"/>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="1046"/>
        <source>TuPay says: “%1”.</source>
        <translation>A TuPay informa: “%1”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exchanges&lt;/b&gt; — newest first</source>
        <translation type="vanished">&lt;b&gt;Trocas&lt;/b&gt; — as mais novas primeiro</translation>
    </message>
    <message>
        <source>Recent exchanges, newest first</source>
        <translation type="vanished">Trocas recentes, as mais novas primeiro</translation>
    </message>
</context>
<context>
    <name>JournalProblemDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="29"/>
        <source>The journal cannot be opened</source>
        <translation>Não é possível abrir o registro</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="33"/>
        <source>The journal was written by a newer version of TuPay Cashout Desk.</source>
        <translation>O registro foi gravado por uma versão mais recente do TuPay Cashout Desk.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="34"/>
        <source>This version cannot read it safely. Install the newer version to use it. The Desk has not changed the file.</source>
        <translation>Esta versão não consegue lê-lo com segurança. Instale a versão mais recente para usá-lo. O Desk não alterou o arquivo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="37"/>
        <source>The journal is empty or missing, but this profile&apos;s journal had cashouts.</source>
        <translation>O registro está vazio ou não existe, mas o registro deste perfil tinha saques.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="38"/>
        <source>It was not replaced by an empty one: its cashouts may be in a backup or a copy of this folder.</source>
        <translation>Ele não foi substituído por um vazio: os saques podem estar em um backup ou em uma cópia desta pasta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="41"/>
        <source>The journal cannot be written, and cannot be read as it is.</source>
        <translation>Não é possível gravar no registro, nem lê-lo como está.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="42"/>
        <source>Its folder or disk is read-only. Make it writable, then start the Desk again.</source>
        <translation>A pasta ou o disco dele é somente leitura. Torne-o gravável e inicie o Desk de novo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="45"/>
        <source>The journal is damaged, or it is not a journal file.</source>
        <translation>O registro está danificado, ou não é um arquivo de registro.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="46"/>
        <source>The Desk cannot read it and has not changed it.</source>
        <translation>O Desk não consegue lê-lo e não o alterou.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="47"/>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="48"/>
        <source>Nothing has been sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="52"/>
        <source>Keep it aside (renamed to %1, unchanged) and start a fresh, empty journal? Cashouts in it whose outcome was unknown will then not be looked up by this Desk. Or quit, and restore or update first.</source>
        <translation>Deixá-lo de lado (renomeado para %1, sem alterações) e começar um registro novo e vazio? Então este Desk não consultará os saques desse registro cujo resultado era desconhecido. Ou saia e restaure ou atualize primeiro.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="58"/>
        <source>Keep it aside and start a fresh journal</source>
        <translation>Deixá-lo de lado e começar um registro novo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="61"/>
        <source>It could not be kept aside: %1</source>
        <translation>Não foi possível deixá-lo de lado: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="62"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="84"/>
        <source>A fresh journal was started at %1.</source>
        <translation>Um registro novo foi iniciado em %1.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/journal_problem.py" line="86"/>
        <source>The unusable journal was kept aside, unchanged, as %1; a fresh journal was started.</source>
        <translation>O registro inutilizável foi deixado de lado, sem alterações, como %1; um registro novo foi iniciado.</translation>
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
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/journal.py" line="1666"/>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/journal.py" line="1667"/>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/journal.py" line="1668"/>
        <source>Not created</source>
        <translation>Não criado</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="106"/>
        <source>Signed and sent as exactly these bytes (compact; login and pass shown as ***):</source>
        <translation>Assinado e enviado exatamente como estes bytes (compacto; login e pass mostrados como ***):</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="143"/>
        <source>Key</source>
        <translation>Chave</translation>
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
            <numerusform>{%n membro}</numerusform>
            <numerusform>{%n membros}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/json_tree.py" line="176"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n itens]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="205"/>
        <source>Expand all</source>
        <translation>Expandir tudo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="206"/>
        <source>Collapse all</source>
        <translation>Recolher tudo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="213"/>
        <source>JSON tree</source>
        <translation>Árvore JSON</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="271"/>
        <source>(no body)</source>
        <translation>(sem corpo)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="276"/>
        <source>(not JSON — see the raw text)</source>
        <translation>(não é JSON: veja o texto bruto)</translation>
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
        <translation>lista</translation>
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
        <translation>Rolar o formulário do saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="266"/>
        <source>Scroll the cashout form sideways</source>
        <translation>Rolar o formulário do saque na horizontal</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="293"/>
        <source>Cashout and exchange</source>
        <translation>Saque e trocas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="299"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="306"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="331"/>
        <source>Scroll the cashout and history panes</source>
        <translation>Rolar os painéis do saque e do histórico</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="333"/>
        <source>Scroll the cashout and history panes sideways</source>
        <translation>Rolar os painéis do saque e do histórico para os lados</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="352"/>
        <source>Requests in progress</source>
        <translation>Requisições em andamento</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="360"/>
        <location filename="../../tupay_desktop/ui/main_window.py" line="362"/>
        <source>Retry keyring</source>
        <translation>Tentar o chaveiro de novo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="364"/>
        <source>Try the OS keyring again, after unlocking it (it may ask for its password)</source>
        <translation>Tenta o chaveiro do sistema de novo depois de desbloqueá-lo (ele pode pedir a senha)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="476"/>
        <source>&amp;Desk</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="477"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="483"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Cashout</source>
        <translation>Sa&amp;que</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="489"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="493"/>
        <source>Refresh status</source>
        <translation>Atualizar status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="497"/>
        <source>Look up a cashout…</source>
        <translation>Consultar um saque…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="543"/>
        <source>Wait for the cashout in flight before switching environment.</source>
        <translation>Aguarde o saque em andamento terminar antes de trocar de ambiente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="575"/>
        <source>History only: the journal is read-only</source>
        <translation>Só histórico: o registro é somente leitura</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="577"/>
        <source>Nothing can be sent: the journal %1 cannot be written (a read-only file or disk). The history is shown as it is.</source>
        <translation>Nada pode ser enviado: não é possível gravar no registro %1 (um arquivo ou disco somente leitura). O histórico é mostrado como está.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="584"/>
        <source>The sandbox could not start: %1</source>
        <translation>Não foi possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="585"/>
        <source>Sandbox unavailable</source>
        <translation>Sandbox indisponível</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="588"/>
        <location filename="../../tupay_desktop/ui/main_window.py" line="589"/>
        <source>Starting the sandbox…</source>
        <translation>Iniciando o sandbox…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="593"/>
        <source>Local sandbox at %1 — simulated, no real money</source>
        <translation>Sandbox local em %1 — simulado, sem dinheiro real</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="597"/>
        <source>Requests go to %1</source>
        <translation>As requisições vão para %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="598"/>
        <source>Reading the credentials from the keyring…</source>
        <translation>Lendo as credenciais do chaveiro…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="655"/>
        <source>%1&apos;s credentials cannot be read: the OS keyring is locked or did not answer. Unlock it, then press “Retry keyring”.</source>
        <translation>Não é possível ler as credenciais de %1: o chaveiro do sistema está bloqueado ou não respondeu. Desbloqueie-o e clique em “Tentar o chaveiro de novo”.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="664"/>
        <source>%1 has no credentials: add its API Key, Passphrase and Signature in Settings.</source>
        <translation>%1 não tem credenciais: adicione a API Key, a Passphrase e a Signature em Configurações.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="680"/>
        <source>%1 cannot be used: %2</source>
        <translation>Não é possível usar %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/main_window.py" line="692"/>
        <source>Checked %n cashout(s) whose outcome was unknown.</source>
        <translation>
            <numerusform>%n saque com resultado desconhecido verificado.</numerusform>
            <numerusform>%n saques com resultado desconhecido verificados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="703"/>
        <source>PRODUCTION — TuPay Cashout Desk</source>
        <translation>PRODUÇÃO — TuPay Cashout Desk</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="705"/>
        <source>PRODUCTION — real money. Every cashout sent here pays a real bank account.</source>
        <translation>PRODUÇÃO — dinheiro real. Cada saque enviado aqui paga uma conta bancária real.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="713"/>
        <source>%1 — TuPay Cashout Desk</source>
        <translation>%1 — TuPay Cashout Desk</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="715"/>
        <source>Sandbox — simulated cashouts on this computer. No real money moves.</source>
        <translation>Sandbox — saques simulados neste computador. Nenhum dinheiro real é movimentado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="717"/>
        <source>Staging — TuPay&apos;s test system. No real money moves.</source>
        <translation>Staging — o sistema de testes da TuPay. Nenhum dinheiro real é movimentado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="719"/>
        <source>%1 — custom environment at %2</source>
        <translation>%1 — ambiente personalizado em %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="814"/>
        <source>That cashout was sent to %1: switch to %1 to follow it and see its exchanges.</source>
        <translation>Esse saque foi enviado para %1: mude para %1 para acompanhá-lo e ver as trocas dele.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="905"/>
        <source>Sandbox not running</source>
        <translation>O sandbox não está em execução</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="914"/>
        <source>No credentials</source>
        <translation>Sem credenciais</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="915"/>
        <source>Save the API Key, Passphrase and Signature first, then test again.</source>
        <translation>Primeiro salve a API Key, a Passphrase e a Signature; depois teste novamente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/main_window.py" line="933"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n requisição em andamento</numerusform>
            <numerusform>%n requisições em andamento</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="940"/>
        <source>Keyring locked: saved credentials cannot be read</source>
        <translation>Chaveiro bloqueado: não é possível ler as credenciais salvas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="942"/>
        <source>Keyring unavailable: credentials are session-only</source>
        <translation>Chaveiro indisponível: as credenciais valem só nesta sessão</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="1053"/>
        <source>Waiting for the cashout in flight (external id %1) to settle…</source>
        <translation>Aguardando a conclusão do saque em andamento (ID externo %1)…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="1060"/>
        <source>Closing</source>
        <translation>Fechando</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="1090"/>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="1091"/>
        <source>The cashout with external id %1 has not settled. It is recorded in the journal as sent with an unknown outcome; the Desk looks it up by its external id the next time it starts. Do not send it again under a new id.</source>
        <translation>O saque com ID externo %1 não foi concluído. Ele fica no registro como enviado com resultado desconhecido; o Desk vai consultá-lo pelo ID externo na próxima vez que iniciar. Não o envie novamente com um novo ID.</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be read (%1).</source>
        <translation type="vanished">Nada foi enviado: não foi possível ler o registro (%1).</translation>
    </message>
    <message>
        <source>Made elsewhere in the last 24 hours (TuPay&apos;s account list):</source>
        <translation type="vanished">Feitos em outro lugar nas últimas 24 horas (lista da conta na TuPay):</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="vanished">Possível duplicidade</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation type="vanished">Verifique antes de enviar</translation>
    </message>
    <message numerus="yes">
        <source>The journal already has %n cashout(s) to this account for this amount:</source>
        <translation type="vanished">
            <numerusform>O registro já tem %n saque para esta conta com este valor:</numerusform>
            <numerusform>O registro já tem %n saques para esta conta com este valor:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TuPay&apos;s account list has %n cashout(s) to this document for this amount:</source>
        <translation type="vanished">
            <numerusform>A lista da conta na TuPay tem %n saque para este documento neste valor:</numerusform>
            <numerusform>A lista da conta na TuPay tem %n saques para este documento neste valor:</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is more than the account&apos;s available balance.</source>
        <translation type="vanished">O valor é maior que o saldo disponível da conta.</translation>
    </message>
    <message>
        <source>Send this one anyway?</source>
        <translation type="vanished">Enviar este mesmo assim?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="vanished">Enviar mesmo assim</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="vanished">Não enviado.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was sent to Production.</source>
        <translation type="vanished">Cancelado: nada foi enviado para Produção.</translation>
    </message>
    <message>
        <source>Sending %1 %2 (external id %3)…</source>
        <translation type="vanished">Enviando %1 %2 (ID externo %3)…</translation>
    </message>
    <message>
        <source>Created: cashout %1 (external id %2). Its status is followed on the right.</source>
        <translation type="vanished">Criado: saque %1 (ID externo %2). O status é acompanhado à direita.</translation>
    </message>
    <message>
        <source>Conflict — NOT created: external id %1 already belongs to a different cashout at TuPay (error 511), one this journal never sent. Nothing was paid. Use “New id” to send this cashout under a new external id.</source>
        <translation type="vanished">Conflito — NÃO criado: o id externo %1 já pertence a outro saque na TuPay (erro 511), um que este registro nunca enviou. Nada foi pago. Use “Novo ID” para enviar este saque com um id externo novo.</translation>
    </message>
    <message>
        <source>TuPay already has the cashout with external id %1, sent before from this journal: nothing was paid twice. It is looked up on the right.</source>
        <translation type="vanished">A TuPay já tem o saque com id externo %1, enviado antes a partir deste registro: nada foi pago duas vezes. Ele é consultado à direita.</translation>
    </message>
    <message>
        <source>Not created. %1</source>
        <translation type="vanished">Não criado. %1</translation>
    </message>
    <message>
        <source>Not sent — nothing was created: %1</source>
        <translation type="vanished">Não enviado: nada foi criado: %1</translation>
    </message>
    <message>
        <source>Outcome unknown — looking it up by external id %1… (%2) Do not send it again under a new id until the lookup answers.</source>
        <translation type="vanished">Resultado desconhecido: consultando pelo ID externo %1… (%2) Não o envie novamente com um novo ID até a consulta responder.</translation>
    </message>
    <message>
        <source>Not sent: a cashout with external id %1 is already in the journal and may exist at TuPay. It is being looked up; use “New id” only for a different cashout.</source>
        <translation type="vanished">Não enviado: já existe um saque com ID externo %1 no registro, e ele pode existir na TuPay. Ele está sendo consultado; use “Novo ID” só para um saque diferente.</translation>
    </message>
    <message>
        <source>Outcome unknown for external id %1; look it up before sending again.</source>
        <translation type="vanished">Resultado desconhecido para o ID externo %1; consulte-o antes de enviar novamente.</translation>
    </message>
    <message>
        <source>Found it: the cashout with external id %1 was created. Its status is on the right.</source>
        <translation type="vanished">Encontrado: o saque com ID externo %1 foi criado. O status está à direita.</translation>
    </message>
    <message>
        <source>Not sent: the Desk was closed before sending.</source>
        <translation type="vanished">Não enviado: o Desk foi fechado antes do envio.</translation>
    </message>
</context>
<context>
    <name>MerchantsApi</name>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="170"/>
        <source>The Merchants API is not set up for this environment: add its access key and secret key in Settings.</source>
        <translation>A API de Merchants não está configurada para este ambiente: adicione sua access key e secret key em Configurações.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="174"/>
        <source>This machine&apos;s IP is not whitelisted for the Merchants API (its whitelist is separate from the cashout API&apos;s): ask TuPay to add this office&apos;s IP for the Merchants API user.</source>
        <translation>O IP deste computador não está na lista de permissões da API de Merchants (é uma lista diferente da API de saques): peça à TuPay que adicione o IP deste escritório para o usuário da API de Merchants.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="178"/>
        <source>The Merchants API refused the access key or secret key: check them in Settings (the API user can no longer log in to the web panel once it is enabled for the API).</source>
        <translation>A API de Merchants recusou a access key ou a secret key: verifique-as em Configurações (o usuário da API não pode mais entrar no painel web depois de habilitado para a API).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="182"/>
        <source>The Merchants API session was refused even after logging in again.</source>
        <translation>A API de Merchants recusou a sessão mesmo após entrar novamente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="185"/>
        <source>The Merchants API refused the date range.</source>
        <translation>A API de Merchants recusou o período.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="188"/>
        <source>The Merchants API refused the request.</source>
        <translation>A API de Merchants recusou a solicitação.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="189"/>
        <source>The Merchants API&apos;s answer could not be read (check the Merchants API URL).</source>
        <translation>Não foi possível ler a resposta da API de Merchants (verifique a URL da API de Merchants).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/merchants.py" line="192"/>
        <source>The Merchants API could not be reached.</source>
        <translation>Não foi possível acessar a API de Merchants.</translation>
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
        <translation>API de Merchants — a conta inteira (opcional)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="483"/>
        <source>Merchants API URL</source>
        <translation>URL da API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="487"/>
        <source>Merchants API &amp;URL</source>
        <translation>&amp;URL da API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="488"/>
        <source>Access &amp;key (API user e-mail)</source>
        <translation>Access &amp;key (e-mail do usuário da API)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="488"/>
        <source>Merchants API access key</source>
        <translation>Access key da API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="489"/>
        <source>S&amp;ecret key</source>
        <translation>S&amp;ecret key</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="489"/>
        <source>Merchants API secret key</source>
        <translation>Secret key da API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="498"/>
        <source>Save Merchants API</source>
        <translation>Salvar API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="499"/>
        <source>Save the Merchants API settings</source>
        <translation>Salvar a configuração da API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="500"/>
        <source>Clear Merchants API</source>
        <translation>Limpar API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="501"/>
        <source>Clear the Merchants API credentials</source>
        <translation>Limpar as credenciais da API de Merchants</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="524"/>
        <source>served by the built-in sandbox</source>
        <translation>servida pelo sandbox integrado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="528"/>
        <source>The built-in sandbox serves the Merchants API itself, with its own generated user.</source>
        <translation>O sandbox integrado serve a API de Merchants por conta própria, com seu próprio usuário gerado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="536"/>
        <source>Reading the keyring…</source>
        <translation>Lendo o chaveiro…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="544"/>
        <source>Not set up: the Desk works with the cashout API alone. Add the Merchants API user (created in the merchant panel and enabled by TuPay, with this office&apos;s IP whitelisted) to see the balance and every cashout of the account.</source>
        <translation>Não configurada: o Desk funciona só com a API de saques. Adicione o usuário da API de Merchants (criado no painel do lojista e habilitado pela TuPay, com o IP deste escritório na lista de permissões) para ver o saldo e todos os saques da conta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="548"/>
        <source>Saved in the OS keyring: access key %1, secret key set.</source>
        <translation>Salva no chaveiro do sistema: access key %1, secret key definida.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="551"/>
        <source>Kept for this session only (not in the OS keyring): access key %1.</source>
        <translation>Mantida só nesta sessão (não no chaveiro do sistema): access key %1.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="554"/>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="555"/>
        <source>type both to replace</source>
        <translation>digite ambas para substituir</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="571"/>
        <source>Merchants API URL saved.</source>
        <translation>URL da API de Merchants salva.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="575"/>
        <source>Fill in both: access key and secret key.</source>
        <translation>Preencha ambas: access key e secret key.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="586"/>
        <source>Merchants API credentials saved in the OS keyring.</source>
        <translation>Credenciais da API de Merchants salvas no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="588"/>
        <source>Merchants API credentials kept for this session only: the OS keyring is unavailable.</source>
        <translation>Credenciais da API de Merchants mantidas só nesta sessão: o chaveiro do sistema não está disponível.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="606"/>
        <source>Merchants API credentials cleared.</source>
        <translation>Credenciais da API de Merchants apagadas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/account.py" line="607"/>
        <source>Cleared for this session; the OS keyring could not be reached.</source>
        <translation>Apagadas nesta sessão; não foi possível acessar o chaveiro do sistema.</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="531"/>
        <source>Refused before sending:</source>
        <translation>Recusado antes do envio:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="532"/>
        <source>Invalid base URL:</source>
        <translation>URL base inválida:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="533"/>
        <source>Host name not found (DNS):</source>
        <translation>Nome do servidor não encontrado (DNS):</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="534"/>
        <source>Connection refused:</source>
        <translation>Conexão recusada:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="535"/>
        <source>Timed out while connecting:</source>
        <translation>Tempo esgotado ao conectar:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="536"/>
        <source>The server&apos;s TLS certificate is not trusted:</source>
        <translation>O certificado TLS do servidor não é confiável:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="538"/>
        <source>TLS handshake failed:</source>
        <translation>Falha no handshake TLS:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="539"/>
        <source>Could not connect:</source>
        <translation>Não foi possível conectar:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="540"/>
        <source>Timed out waiting for the answer:</source>
        <translation>Tempo esgotado aguardando a resposta:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="541"/>
        <source>The connection broke before a complete answer arrived:</source>
        <translation>A conexão caiu antes de chegar uma resposta completa:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="543"/>
        <source>Unreadable answer:</source>
        <translation>Resposta ilegível:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/client.py" line="544"/>
        <source>Request failed:</source>
        <translation>A requisição falhou:</translation>
    </message>
</context>
<context>
    <name>QtStart</name>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="39"/>
        <source>There is no display to open the Desk&apos;s window on: {reason}. This happens over ssh without X forwarding (use ssh -X), in a service, or on a server without a desktop.</source>
        <translation>Não há tela em que abrir a janela do Desk: {reason}. Isso acontece via ssh sem encaminhamento do X (use ssh -X), em um serviço ou em um servidor sem área de trabalho.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="44"/>
        <source>neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set</source>
        <translation>nem DISPLAY (X11) nem WAYLAND_DISPLAY (Wayland) estão definidas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="47"/>
        <source>no X server answers at DISPLAY={display}</source>
        <translation>nenhum servidor X responde em DISPLAY={display}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="48"/>
        <source>no Wayland compositor answers at {socket}</source>
        <translation>nenhum compositor Wayland responde em {socket}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="49"/>
        <source>Qt cannot load its X11 (xcb) platform plugin, because these system libraries cannot be loaded: {libraries}.</source>
        <translation>O Qt não consegue carregar seu plugin de plataforma X11 (xcb), porque estas bibliotecas do sistema não podem ser carregadas: {libraries}.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="54"/>
        <source>Qt&apos;s X11 (xcb) platform plugin is missing ({path}); reinstall the Desk.</source>
        <translation>Falta o plugin de plataforma X11 (xcb) do Qt ({path}); reinstale o Desk.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="57"/>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>No Debian ou Ubuntu, instale-as com:</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="58"/>
        <source>To run the Desk on a virtual display instead (Debian or Ubuntu):</source>
        <translation>Para executar o Desk em uma tela virtual (Debian ou Ubuntu):</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/qt_start.py" line="61"/>
        <source>Without a window, everything the Desk does is available from the command line: tupay-cli (see tupay-cli --help).</source>
        <translation>Sem janela, tudo o que o Desk faz está disponível na linha de comando: tupay-cli (veja tupay-cli --help).</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="37"/>
        <source>Cashout receipt</source>
        <translation>Comprovante de saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="38"/>
        <source>SIMULATED</source>
        <translation>SIMULADO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="39"/>
        <source>SIMULATED — made by the Desk&apos;s built-in sandbox. No money was moved and nobody was paid.</source>
        <translation>SIMULADO — feito pelo sandbox integrado do Desk. Nenhum dinheiro foi movimentado e ninguém foi pago.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="42"/>
        <source>TEST</source>
        <translation>TESTE</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="43"/>
        <source>TEST — sent to TuPay&apos;s test system (Staging). No real money was moved.</source>
        <translation>TESTE — enviado ao sistema de testes da TuPay (Staging). Nenhum dinheiro real foi movimentado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="46"/>
        <source>Made by TuPay Cashout Desk from this computer&apos;s journal. TuPay&apos;s own records are authoritative; look the cashout up by its external_id to confirm its status.</source>
        <translation>Feito pelo TuPay Cashout Desk a partir do diário deste computador. Os registros da TuPay são os que valem; consulte o saque pelo external_id para confirmar o status.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="51"/>
        <source>TuPay Cashout Desk %1 — receipt made %2</source>
        <translation>TuPay Cashout Desk %1 — comprovante gerado em %2</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="52"/>
        <source>%1 (as of %2)</source>
        <translation>%1 (em %2)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="53"/>
        <source>none (TuPay has not created it)</source>
        <translation>nenhum (a TuPay não o criou)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="54"/>
        <source>bank not recognised (code %1)</source>
        <translation>banco não reconhecido (código %1)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="56"/>
        <source>Savings (S)</source>
        <translation>Poupança (S)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="57"/>
        <source>Current (C)</source>
        <translation>Corrente (C)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="60"/>
        <source>Beneficiary</source>
        <translation>Beneficiário</translation>
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
        <translation>Conta (CCI)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="64"/>
        <source>Account type</source>
        <translation>Tipo de conta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="65"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="67"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="68"/>
        <source>Rejection</source>
        <translation>Rejeição</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="69"/>
        <source>TuPay cashout_id</source>
        <translation>cashout_id da TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/receipt.py" line="70"/>
        <source>Bank reference</source>
        <translation>Referência bancária</translation>
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
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/receipt.py" line="150"/>
        <source>Save the receipt</source>
        <translation>Salvar o comprovante</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/receipt.py" line="153"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/receipt.py" line="165"/>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o comprovante em %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="99"/>
        <source>&amp;Environments</source>
        <translation>&amp;Ambientes</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="101"/>
        <source>Environments</source>
        <translation>Ambientes</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="108"/>
        <source>Add custom…</source>
        <translation>Adicionar personalizado…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="109"/>
        <source>Add a custom environment</source>
        <translation>Adicionar um ambiente personalizado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="110"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="111"/>
        <source>Remove the selected custom environment</source>
        <translation>Remover o ambiente personalizado selecionado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="120"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="123"/>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="125"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="128"/>
        <source>Default notification URL</source>
        <translation>URL de notificação padrão</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="129"/>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="131"/>
        <source>Display &amp;name</source>
        <translation>&amp;Nome de exibição</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="132"/>
        <source>&amp;Base URL</source>
        <translation>URL &amp;base</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="133"/>
        <source>Default &amp;notification URL</source>
        <translation>URL de noti&amp;ficação padrão</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="142"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="143"/>
        <source>Save environment</source>
        <translation>Salvar ambiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="147"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="430"/>
        <source>Credentials (kept in the OS keyring)</source>
        <translation>Credenciais (guardadas no chaveiro do sistema)</translation>
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
        <translation>Salvar credenciais</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="169"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="170"/>
        <source>Clear credentials</source>
        <translation>Apagar credenciais</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="171"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="172"/>
        <source>Retry keyring</source>
        <translation>Tentar o chaveiro de novo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="174"/>
        <source>Try the OS keyring again, after unlocking it (it may ask for its password)</source>
        <translation>Tenta o chaveiro do sistema de novo depois de desbloqueá-lo (ele pode pedir a senha)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="192"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="194"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="195"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="196"/>
        <source>Sends one signed status request with the saved settings</source>
        <translation>Envia uma consulta de status assinada com as configurações salvas</translation>
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
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="217"/>
        <source>Applies when the Desk restarts.</source>
        <translation>Vale quando o Desk for reiniciado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="289"/>
        <source>runs inside the Desk</source>
        <translation>executa dentro do Desk</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="335"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="361"/>
        <source>Remove environment</source>
        <translation>Remover ambiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="362"/>
        <source>Remove the environment %1 and forget its credentials?</source>
        <translation>Remover o ambiente %1 e esquecer as credenciais dele?</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="382"/>
        <source>Reading the keyring…</source>
        <translation>Lendo o chaveiro…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="392"/>
        <source>The OS keyring is locked, so the saved credentials (if any) cannot be read. Unlock it, then press “Retry keyring”.</source>
        <translation>O chaveiro do sistema está bloqueado, então não é possível ler as credenciais salvas (se houver). Desbloqueie-o e clique em “Tentar o chaveiro de novo”.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="397"/>
        <source>The OS keyring could not be read, so the saved credentials (if any) are not available. Press “Retry keyring” to try again.</source>
        <translation>Não foi possível ler o chaveiro do sistema, então as credenciais salvas (se houver) não estão disponíveis. Clique em “Tentar o chaveiro de novo” para tentar outra vez.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="402"/>
        <source>No credentials saved for this environment.</source>
        <translation>Não há credenciais salvas para este ambiente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="404"/>
        <source>Saved in the OS keyring: API Key %1, passphrase and signature set.</source>
        <translation>Salvas no chaveiro do sistema: API Key %1; passphrase e signature definidas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="408"/>
        <source>Kept for this session only (not in the OS keyring): API Key %1.</source>
        <translation>Guardadas só nesta sessão (não no chaveiro do sistema): API Key %1.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="412"/>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="412"/>
        <source>type all three to replace</source>
        <translation>digite os três para substituir</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="426"/>
        <source>Credentials (the OS keyring is locked)</source>
        <translation>Credenciais (o chaveiro do sistema está bloqueado)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="428"/>
        <source>Credentials (kept for this session only: no OS keyring)</source>
        <translation>Credenciais (só nesta sessão: não há chaveiro do sistema)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="441"/>
        <source>Trying the OS keyring again…</source>
        <translation>Tentando o chaveiro do sistema de novo…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="464"/>
        <source>Fill in all three: API Key, Passphrase and Signature.</source>
        <translation>Preencha os três: API Key, Passphrase e Signature.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="475"/>
        <source>Credentials saved in the OS keyring.</source>
        <translation>Credenciais salvas no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="479"/>
        <source>Credentials kept for this session only: the OS keyring is unavailable.</source>
        <translation>Credenciais guardadas só nesta sessão: o chaveiro do sistema não está disponível.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="500"/>
        <source>Credentials cleared.</source>
        <translation>Credenciais apagadas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="504"/>
        <source>Cleared for this session; the OS keyring could not be reached.</source>
        <translation>Apagadas nesta sessão; não foi possível acessar o chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="520"/>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="530"/>
        <source>The test could not run: %1</source>
        <translation>Não foi possível executar o teste: %1</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="539"/>
        <source>Saved. Applies when the Desk restarts.</source>
        <translation>Salvo. Vale quando o Desk for reiniciado.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Nome:</translation>
    </message>
    <message>
        <source>Base URL (https://…, or http:// on this machine only):</source>
        <translation type="vanished">URL base (https://…, ou http:// somente neste computador):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="vanished">sem alteração</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="98"/>
        <source>Cashout status</source>
        <translation>Status do saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="125"/>
        <source>TuPay status: %1</source>
        <translation>Status na TuPay: %1</translation>
    </message>
</context>
<context>
    <name>StatusWord</name>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="34"/>
        <source>PENDING</source>
        <translation>PENDENTE</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="35"/>
        <source>COMPLETED</source>
        <translation>CONCLUÍDO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="36"/>
        <source>CANCELLED</source>
        <translation>CANCELADO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="37"/>
        <source>REJECTED</source>
        <translation>REJEITADO</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="38"/>
        <source>DELIVERED</source>
        <translation>ENTREGUE</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="39"/>
        <source>ON HOLD</source>
        <translation>EM ESPERA</translation>
    </message>
</context>
<context>
    <name>_BodyView</name>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="249"/>
        <source>%1, pretty-printed</source>
        <translation>%1, formatado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="255"/>
        <source>Exactly the bytes sent (compact JSON), login and pass shown as ***. The Payload-Signature is computed over these bytes, with the real login and pass; Pretty only re-indents them.</source>
        <translation>Exatamente os bytes enviados (JSON compacto), login e pass mostrados como ***. A Payload-Signature é calculada sobre estes bytes, com o login e o pass reais; «Formatado» apenas os reindenta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="259"/>
        <source>Exactly the text received (login and pass, if quoted, shown as ***).</source>
        <translation>Exatamente o texto recebido (login e pass, se aparecerem, mostrados como ***).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="264"/>
        <source>%1 as raw text</source>
        <translation>%1 como texto bruto</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="270"/>
        <source>%1 as JSON tree</source>
        <translation>%1 como árvore JSON</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="271"/>
        <source>Tree</source>
        <translation>Em árvore</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="272"/>
        <source>Pretty</source>
        <translation>Formatado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="273"/>
        <source>Raw</source>
        <translation>Bruto</translation>
    </message>
</context>
<context>
    <name>_HeadersTable</name>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="220"/>
        <source>Header</source>
        <translation>Cabeçalho</translation>
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
        <translation>Conexão OK</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="40"/>
        <source>URL, credentials, IP whitelist and signature are all right.</source>
        <translation>A URL, as credenciais, a lista de IPs liberados e a assinatura estão corretas.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="48"/>
        <source>TuPay answered the signed status request, so the URL, credentials, IP whitelist and signature are all right (it unexpectedly reported a cashout for the probe ID).</source>
        <translation>A TuPay respondeu à consulta de status assinada; portanto a URL, as credenciais, a lista de IPs liberados e a assinatura estão corretas (ela informou, inesperadamente, um saque para o ID de teste).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="58"/>
        <source>Not a TuPay API</source>
        <translation>Não é uma API da TuPay</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="59"/>
        <source>The server answered, but not like TuPay&apos;s Cashout API. Check the base URL (staging is https://api-stg.tupayonline.com).</source>
        <translation>O servidor respondeu, mas não como a API de saques da TuPay. Verifique a URL base (a de staging é https://api-stg.tupayonline.com).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="69"/>
        <source>Host name not found</source>
        <translation>Nome do servidor não encontrado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="70"/>
        <source>The server&apos;s name could not be resolved (DNS). Check the spelling of the base URL and that this machine is connected to the internet.</source>
        <translation>Não foi possível resolver o nome do servidor (DNS). Verifique a grafia da URL base e se este computador está conectado à internet.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="80"/>
        <source>Connection refused</source>
        <translation>Conexão recusada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="81"/>
        <source>Nothing is listening at this address. Check the host and port of the base URL; for the local sandbox, check that it is running.</source>
        <translation>Nada está escutando neste endereço. Verifique o host e a porta da URL base; no caso do sandbox local, confira se ele está em execução.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="91"/>
        <source>Connection timed out</source>
        <translation>Tempo de conexão esgotado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="92"/>
        <source>The server did not accept the connection in time. A firewall or proxy may be blocking it, or the network is down. Try again, or ask IT whether outbound HTTPS to this host is allowed.</source>
        <translation>O servidor não aceitou a conexão a tempo. Um firewall ou proxy pode estar bloqueando, ou a rede está fora do ar. Tente novamente ou pergunte à TI se o HTTPS de saída para este host é permitido.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="104"/>
        <source>Certificate not trusted</source>
        <translation>Certificado não confiável</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="105"/>
        <source>The server&apos;s TLS certificate is not trusted by this computer or does not match the host name, so nothing was sent. Check the base URL; if your network inspects HTTPS, ask IT to install its root certificate in the operating system&apos;s trust store.</source>
        <translation>Este computador não confia no certificado TLS do servidor, ou ele não corresponde ao nome do host; por isso nada foi enviado. Verifique a URL base; se a sua rede inspeciona HTTPS, peça à TI para instalar o certificado raiz dela no repositório de confiança do sistema operacional.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="117"/>
        <source>Secure connection failed</source>
        <translation>Falha na conexão segura</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="118"/>
        <source>The TLS handshake failed, so nothing was sent. Check that the base URL starts with https:// and points at TuPay&apos;s API.</source>
        <translation>O handshake TLS falhou; por isso nada foi enviado. Confira se a URL base começa com https:// e aponta para a API da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="128"/>
        <source>Could not connect</source>
        <translation>Não foi possível conectar</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="129"/>
        <source>The connection to the server could not be opened. Check the base URL and this machine&apos;s network connection.</source>
        <translation>Não foi possível abrir a conexão com o servidor. Verifique a URL base e a conexão de rede deste computador.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="139"/>
        <source>No answer in time</source>
        <translation>Sem resposta a tempo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="140"/>
        <source>The server accepted the request but did not answer in time. TuPay may be slow or unavailable; try again in a few minutes.</source>
        <translation>O servidor aceitou a requisição, mas não respondeu a tempo. A TuPay pode estar lenta ou indisponível; tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="150"/>
        <source>Connection dropped</source>
        <translation>A conexão caiu</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="151"/>
        <source>The connection broke before a complete answer arrived. Try again; if it keeps happening, a proxy or firewall may be interfering.</source>
        <translation>A conexão caiu antes de chegar uma resposta completa. Tente novamente; se continuar acontecendo, um proxy ou firewall pode estar interferindo.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="161"/>
        <source>Unreadable answer</source>
        <translation>Resposta ilegível</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="162"/>
        <source>The server answered with something that is not TuPay&apos;s API (for example an error page from a proxy or load balancer). Check the base URL, then try again later.</source>
        <translation>O servidor respondeu com algo que não é a API da TuPay (por exemplo, uma página de erro de um proxy ou balanceador de carga). Verifique a URL base e tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="172"/>
        <source>Insecure URL refused</source>
        <translation>URL insegura recusada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="173"/>
        <source>Plain http:// is only allowed to this machine (the local sandbox). Use the https:// address of the environment.</source>
        <translation>O http:// sem criptografia só é permitido para este computador (o sandbox local). Use o endereço https:// do ambiente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="183"/>
        <source>Invalid base URL</source>
        <translation>URL base inválida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="184"/>
        <source>The base URL is not valid. It should look like https://api-stg.tupayonline.com.</source>
        <translation>A URL base não é válida. Ela deve ter a forma https://api-stg.tupayonline.com.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="191"/>
        <source>Request failed</source>
        <translation>A requisição falhou</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="192"/>
        <source>The request failed for an unexpected reason; the technical detail is below.</source>
        <translation>A requisição falhou por um motivo inesperado; o detalhe técnico está abaixo.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="63"/>
        <source>This code belongs to another country&apos;s payment system and is unexpected for Peru. Contact TuPay support with the cashout ID.</source>
        <translation>Este código pertence ao sistema de pagamentos de outro país e não é esperado para o Peru. Entre em contato com o suporte da TuPay informando o ID do saque.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="71"/>
        <source>Invalid parameter</source>
        <translation>Parâmetro inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="72"/>
        <source>TuPay refused a field: its message names the parameter and the problem. Correct that field and send again.</source>
        <translation>A TuPay recusou um campo: a mensagem indica o parâmetro e o problema. Corrija esse campo e envie novamente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="80"/>
        <source>Signature rejected</source>
        <translation>Assinatura rejeitada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="81"/>
        <source>The Payload-Signature did not match: the API Signature secret stored for this environment is wrong or belongs to another environment (staging vs production). Copy it again from the merchant panel (Settings → API Access, withdrawals credentials).</source>
        <translation>A Payload-Signature não conferiu: o segredo da API Signature salvo para este ambiente está errado ou pertence a outro ambiente (staging ou produção). Copie-o novamente do painel do comerciante (Settings → API Access, credenciais de saques).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="89"/>
        <source>Invalid bank code</source>
        <translation>Código de banco inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="90"/>
        <source>TuPay does not accept the bank of this CCI (its first 3 digits). Check the CCI with the beneficiary.</source>
        <translation>A TuPay não aceita o banco deste CCI (os 3 primeiros dígitos). Confira o CCI com o beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="98"/>
        <source>Invalid credentials</source>
        <translation>Credenciais inválidas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="99"/>
        <source>The API Key or API Passphrase is wrong, or belongs to another environment (staging vs production). Use this environment&apos;s withdrawals (cashout) credentials, not the deposit ones.</source>
        <translation>A API Key ou a API Passphrase está errada ou pertence a outro ambiente (staging ou produção). Use as credenciais de saques (cashout) deste ambiente, não as de depósitos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="107"/>
        <source>IP address not whitelisted</source>
        <translation>Endereço IP não liberado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="108"/>
        <source>This machine&apos;s public IP address is not whitelisted. Add it in the TuPay merchant panel under Settings → API Access (Configuración → API, “Retiros”); ask IT for the office&apos;s egress IP address.</source>
        <translation>O endereço IP público deste computador não está na lista de IPs liberados. Adicione-o no painel do comerciante da TuPay em Settings → API Access (Configuración → API, “Retiros”); peça à TI o IP de saída do escritório.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="116"/>
        <source>Malformed request body</source>
        <translation>Corpo da requisição malformado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="117"/>
        <source>TuPay could not read the JSON body. This is a fault in this application, not in your data: report it with the request shown in the inspector.</source>
        <translation>A TuPay não conseguiu ler o corpo JSON. É uma falha deste aplicativo, não dos seus dados: informe-a junto com a requisição mostrada no inspetor.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="125"/>
        <source>Regulatory limit on the beneficiary&apos;s account</source>
        <translation>Limite regulatório na conta do beneficiário</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="126"/>
        <source>Regulatory limits on the beneficiary&apos;s account prevent this payout. Do not retry; contact the beneficiary or TuPay support.</source>
        <translation>Limites regulatórios na conta do beneficiário impedem este pagamento. Não tente novamente; fale com o beneficiário ou com o suporte da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="134"/>
        <source>Beneficiary not authorised</source>
        <translation>Beneficiário não autorizado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="135"/>
        <source>TuPay refused the beneficiary because of their registry (KYC) situation; the reason, if given, says why (for example, underage). Do not retry for this beneficiary; contact TuPay support if you think it is a mistake.</source>
        <translation>A TuPay recusou o beneficiário por causa da situação cadastral dele (KYC); o motivo, se informado, diz por quê (por exemplo, menor de idade). Não tente novamente para este beneficiário; fale com o suporte da TuPay se achar que é um erro.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="143"/>
        <source>Limit exceeded</source>
        <translation>Limite excedido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="144"/>
        <source>A per-transaction, daily, monthly or per-beneficiary limit would be exceeded (the message says which). Lower the amount, wait for the period to reset, or ask TuPay to raise the limit.</source>
        <translation>Um limite por transação, diário, mensal ou por beneficiário seria excedido (a mensagem diz qual). Reduza o valor, espere o período reiniciar ou peça à TuPay para aumentar o limite.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="152"/>
        <source>Cashout not found</source>
        <translation>Saque não encontrado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="153"/>
        <source>TuPay has no cashout with this ID (or external ID) in this environment. Check the ID, and that you are in the right environment (staging vs production).</source>
        <translation>A TuPay não tem nenhum saque com este ID (ou ID externo) neste ambiente. Confira o ID e se você está no ambiente certo (staging ou produção).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="161"/>
        <source>Not possible in the cashout&apos;s current status</source>
        <translation>Não é possível no status atual do saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="162"/>
        <source>The cashout&apos;s current status does not allow this: it may already have been delivered to the bank, or it may be on hold (move it back to Pending before cancelling it). Refresh its status.</source>
        <translation>O status atual do saque não permite isso: ele pode já ter sido entregue ao banco, ou estar em espera (volte-o para Pendente antes de cancelá-lo). Atualize o status dele.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="170"/>
        <source>External ID already used</source>
        <translation>ID externo já utilizado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="171"/>
        <source>This external ID was used before. If this Desk sent it before (a resubmit, an unknown outcome), do not create a new ID: look the cashout up by its external ID — it most likely exists already. If it was never sent from here, the ID is another cashout&apos;s: this one was not created; send it under a new ID.</source>
        <translation>Este ID externo já foi usado. Se este Desk já o enviou antes (um reenvio, um resultado desconhecido), não crie um novo ID: consulte o saque pelo ID externo — é muito provável que ele já exista. Se ele nunca foi enviado daqui, o ID é de outro saque: este não foi criado; envie-o com um novo ID.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="179"/>
        <source>Insufficient balance</source>
        <translation>Saldo insuficiente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="180"/>
        <source>The merchant balance does not cover this cashout. Add funds; on staging, create and approve a test deposit, or ask TuPay integration support (integration@tupaypagos.com) to add funds.</source>
        <translation>O saldo do comerciante não cobre este saque. Adicione fundos; em staging, crie e aprove um depósito de teste ou peça ao suporte de integração da TuPay (integration@tupaypagos.com) para adicionar fundos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="188"/>
        <source>Beneficiary blocked</source>
        <translation>Beneficiário bloqueado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="189"/>
        <source>The beneficiary is blacklisted, blocked or suspended at TuPay. Do not retry; contact TuPay support.</source>
        <translation>O beneficiário está na lista de bloqueio, bloqueado ou suspenso na TuPay. Não tente novamente; fale com o suporte da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="197"/>
        <source>Country not available</source>
        <translation>País não disponível</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="198"/>
        <source>Cashouts to this country are not enabled for your account. Only Peru (PE) is supported.</source>
        <translation>Saques para este país não estão habilitados para a sua conta. Somente o Peru (PE) é suportado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="206"/>
        <source>Merchant not enabled</source>
        <translation>Comerciante não habilitado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="207"/>
        <source>Your merchant account is not enabled for cashouts in this environment. Contact TuPay integration support.</source>
        <translation>A sua conta de comerciante não está habilitada para saques neste ambiente. Fale com o suporte de integração da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="215"/>
        <source>Credentials not enabled</source>
        <translation>Credenciais não habilitadas</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="216"/>
        <source>TuPay does not accept these credentials for cashouts; they may be disabled. Contact TuPay integration support.</source>
        <translation>A TuPay não aceita estas credenciais para saques; elas podem estar desativadas. Fale com o suporte de integração da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="224"/>
        <source>Closed-loop rejection</source>
        <translation>Rejeição por circuito fechado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="225"/>
        <source>TuPay&apos;s closed-loop policy refused this payout (typically, a user may only be paid to the account or document they deposited from). Check the beneficiary&apos;s details or contact TuPay support.</source>
        <translation>A política de circuito fechado da TuPay recusou este pagamento (normalmente, um usuário só pode receber na conta ou no documento de onde depositou). Confira os dados do beneficiário ou fale com o suporte da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="233"/>
        <source>Invalid currency</source>
        <translation>Moeda inválida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="234"/>
        <source>Use PEN or USD, and a currency enabled for your account.</source>
        <translation>Use PEN ou USD, e uma moeda habilitada para a sua conta.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="239"/>
        <source>Amount below the minimum</source>
        <translation>Valor abaixo do mínimo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="240"/>
        <source>The amount is below TuPay&apos;s minimum (the message gives it). Increase the amount.</source>
        <translation>O valor está abaixo do mínimo da TuPay (a mensagem informa qual é). Aumente o valor.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="247"/>
        <location filename="../../tupay_desktop/api/errors.py" line="315"/>
        <source>Cashout could not be made</source>
        <translation>Não foi possível fazer o saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="248"/>
        <source>TuPay could not make the cashout. Look it up by its external ID before trying again, then contact TuPay integration support.</source>
        <translation>A TuPay não conseguiu fazer o saque. Consulte-o pelo ID externo antes de tentar novamente e depois fale com o suporte de integração da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="256"/>
        <source>Account blacklisted</source>
        <translation>Conta na lista de bloqueio</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="257"/>
        <source>The beneficiary&apos;s bank account is blacklisted. Do not pay to this account; ask the beneficiary for another one.</source>
        <translation>A conta bancária do beneficiário está na lista de bloqueio. Não pague para esta conta; peça outra ao beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="265"/>
        <source>Payout method unavailable</source>
        <translation>Método de pagamento indisponível</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="266"/>
        <source>Payouts to this bank (or by this method) are not available at the moment. Try later, or use an account at another bank.</source>
        <translation>Pagamentos para este banco (ou por este método) não estão disponíveis no momento. Tente mais tarde ou use uma conta de outro banco.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="274"/>
        <source>Beneficiary email or phone required</source>
        <translation>E-mail ou telefone do beneficiário obrigatório</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="275"/>
        <source>TuPay needs the beneficiary&apos;s email or phone for this payout, and this application does not send them. Contact TuPay integration support.</source>
        <translation>A TuPay precisa do e-mail ou do telefone do beneficiário para este pagamento, e este aplicativo não os envia. Fale com o suporte de integração da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="283"/>
        <source>Email already used by another beneficiary</source>
        <translation>E-mail já usado por outro beneficiário</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="284"/>
        <source>This email is registered to another beneficiary. Check the beneficiary&apos;s identity.</source>
        <translation>Este e-mail está cadastrado para outro beneficiário. Confira a identidade do beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="291"/>
        <source>Phone already used by another beneficiary</source>
        <translation>Telefone já usado por outro beneficiário</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="292"/>
        <source>This phone number is registered to another beneficiary. Check the beneficiary&apos;s identity.</source>
        <translation>Este número de telefone está cadastrado para outro beneficiário. Confira a identidade do beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="300"/>
        <source>Invalid phone number</source>
        <translation>Número de telefone inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="301"/>
        <source>The phone number is not valid. Check it with the beneficiary.</source>
        <translation>O número de telefone não é válido. Confira-o com o beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="306"/>
        <source>Cashout could not be cancelled</source>
        <translation>Não foi possível cancelar o saque</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="307"/>
        <source>TuPay could not cancel the cashout, usually because it was already delivered to the bank. Refresh its status.</source>
        <translation>A TuPay não conseguiu cancelar o saque, geralmente porque ele já foi entregue ao banco. Atualize o status dele.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="316"/>
        <source>TuPay could not make the cashout. Look it up by its external ID before trying again; if it keeps failing, contact TuPay support.</source>
        <translation>A TuPay não conseguiu fazer o saque. Consulte-o pelo ID externo antes de tentar novamente; se continuar falhando, fale com o suporte da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="333"/>
        <source>Invalid bank account</source>
        <translation>Conta bancária inválida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="334"/>
        <source>The bank says the account does not exist or is wrong. Confirm the CCI with the beneficiary and create a new cashout.</source>
        <translation>O banco informa que a conta não existe ou está errada. Confirme o CCI com o beneficiário e crie um novo saque.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="345"/>
        <source>Account closed</source>
        <translation>Conta encerrada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="346"/>
        <source>The beneficiary&apos;s account is closed. Ask the beneficiary for another account.</source>
        <translation>A conta do beneficiário está encerrada. Peça outra conta ao beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="356"/>
        <source>Invalid amount</source>
        <translation>Valor inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="357"/>
        <source>The bank refused the amount. Check the amount and the account&apos;s currency (PEN or USD).</source>
        <translation>O banco recusou o valor. Confira o valor e a moeda da conta (PEN ou USD).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="368"/>
        <source>Invalid bank</source>
        <translation>Banco inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="369"/>
        <source>The bank code is not valid for this payout. Check the first 3 digits of the CCI.</source>
        <translation>O código do banco não é válido para este pagamento. Confira os 3 primeiros dígitos do CCI.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="379"/>
        <source>Invalid branch</source>
        <translation>Agência inválida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="380"/>
        <source>The branch part of the CCI (digits 4 to 6) is wrong. Confirm the CCI with the beneficiary.</source>
        <translation>A parte da agência no CCI (dígitos 4 a 6) está errada. Confirme o CCI com o beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="391"/>
        <source>Invalid beneficiary document</source>
        <translation>Documento do beneficiário inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="392"/>
        <source>The bank did not accept the document number. Check the document type and number with the beneficiary.</source>
        <translation>O banco não aceitou o número do documento. Confira o tipo e o número do documento com o beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="403"/>
        <source>Name does not match the bank&apos;s records</source>
        <translation>O nome não confere com o cadastro do banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="404"/>
        <source>The beneficiary&apos;s name does not match the account holder&apos;s. Use the name exactly as the bank has it.</source>
        <translation>O nome do beneficiário não confere com o do titular da conta. Use o nome exatamente como consta no banco.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="415"/>
        <source>Rejected by the bank</source>
        <translation>Rejeitado pelo banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="416"/>
        <source>The bank refused the transfer without a specific reason. Confirm the account details with the beneficiary before trying again.</source>
        <translation>O banco recusou a transferência sem um motivo específico. Confirme os dados da conta com o beneficiário antes de tentar novamente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="427"/>
        <source>Rejected for another reason</source>
        <translation>Rejeitado por outro motivo</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="428"/>
        <source>Read the reason text, if there is one. If it is unclear, contact TuPay support with the cashout ID.</source>
        <translation>Leia o texto do motivo, se houver. Se não estiver claro, fale com o suporte da TuPay informando o ID do saque.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="439"/>
        <source>Cashout expired</source>
        <translation>Saque expirado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="440"/>
        <source>The cashout was not completed in time and expired. Create a new cashout if the payment is still due.</source>
        <translation>O saque não foi concluído a tempo e expirou. Crie um novo saque se o pagamento ainda for devido.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="451"/>
        <source>Beneficiary limit exceeded</source>
        <translation>Limite do beneficiário excedido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="452"/>
        <source>The limit of the beneficiary&apos;s account was exceeded. Lower the amount or try again later.</source>
        <translation>O limite da conta do beneficiário foi excedido. Reduza o valor ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="463"/>
        <source>Bank risk policy</source>
        <translation>Política de risco do banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="464"/>
        <source>The transfer breaks the bank&apos;s risk policy. Do not retry; contact TuPay support.</source>
        <translation>A transferência viola a política de risco do banco. Não tente novamente; fale com o suporte da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="474"/>
        <source>Account blocked or frozen</source>
        <translation>Conta bloqueada ou congelada</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="475"/>
        <source>The beneficiary&apos;s account is blocked or frozen. Ask the beneficiary for another account.</source>
        <translation>A conta do beneficiário está bloqueada ou congelada. Peça outra conta ao beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="486"/>
        <source>Document does not match the account holder</source>
        <translation>O documento não corresponde ao titular da conta</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="487"/>
        <source>The document number does not belong to the account holder. Check both with the beneficiary.</source>
        <translation>O número do documento não pertence ao titular da conta. Confira ambos com o beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="498"/>
        <source>Invalid PIX key (Brazil)</source>
        <translation>Chave PIX inválida (Brasil)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="507"/>
        <source>Invalid IFSC code (India)</source>
        <translation>Código IFSC inválido (Índia)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="516"/>
        <source>Invalid account</source>
        <translation>Conta inválida</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="517"/>
        <source>The account number is not valid (the IFSC part of this code applies to India only). Confirm the CCI with the beneficiary.</source>
        <translation>O número da conta não é válido (a parte IFSC deste código só se aplica à Índia). Confirme o CCI com o beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="528"/>
        <source>Invalid NBIN</source>
        <translation>NBIN inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="537"/>
        <source>Account cannot receive transfers</source>
        <translation>A conta não pode receber transferências</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="538"/>
        <source>This account cannot receive transfers. Ask the beneficiary for another account.</source>
        <translation>Esta conta não pode receber transferências. Peça outra conta ao beneficiário.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="548"/>
        <source>Invalid account type</source>
        <translation>Tipo de conta inválido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="549"/>
        <source>The account type (C checking, S savings) does not match the account. Check it and create a new cashout.</source>
        <translation>O tipo de conta (C corrente, S poupança) não corresponde à conta. Confira-o e crie um novo saque.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="560"/>
        <source>Rejected at the merchant&apos;s request</source>
        <translation>Rejeitado a pedido do comerciante</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="561"/>
        <source>The cashout was rejected because your company asked for it. Nothing to do unless that was a mistake.</source>
        <translation>O saque foi rejeitado porque a sua empresa pediu. Não há nada a fazer, a menos que tenha sido um engano.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="572"/>
        <source>Beneficiary&apos;s monthly limit exceeded</source>
        <translation>Limite mensal do beneficiário excedido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="573"/>
        <source>The beneficiary has reached their monthly limit. Lower the amount or try again next month.</source>
        <translation>O beneficiário atingiu o limite mensal. Reduza o valor ou tente novamente no próximo mês.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="584"/>
        <source>Account name must be in katakana (Japan)</source>
        <translation>O nome da conta deve estar em katakana (Japão)</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="593"/>
        <source>Rejected by a third-party control</source>
        <translation>Rejeitado por um controle de terceiros</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="594"/>
        <source>A compliance control outside TuPay (for example, the bank&apos;s) stopped the transfer. Contact TuPay support before trying again.</source>
        <translation>Um controle de compliance fora da TuPay (por exemplo, o do banco) barrou a transferência. Fale com o suporte da TuPay antes de tentar novamente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="605"/>
        <source>Cashout reversed</source>
        <translation>Saque estornado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="606"/>
        <source>The money came back after the payout (the beneficiary&apos;s bank returned it). Confirm the account details with the beneficiary before paying again.</source>
        <translation>O dinheiro voltou depois do pagamento (o banco do beneficiário o devolveu). Confirme os dados da conta com o beneficiário antes de pagar novamente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="625"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="626"/>
        <source>Accepted by TuPay and not yet sent to the bank; it can still be cancelled.</source>
        <translation>Aceito pela TuPay e ainda não enviado ao banco; ainda pode ser cancelado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="637"/>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="638"/>
        <source>The money was credited to the beneficiary. Rarely, the beneficiary&apos;s bank still returns it later; the cashout then becomes Rejected.</source>
        <translation>O dinheiro foi creditado ao beneficiário. Raramente, o banco do beneficiário ainda o devolve depois; o saque passa então a Rejeitado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="650"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="651"/>
        <source>Cancelled by the merchant; no money was sent.</source>
        <translation>Cancelado pelo comerciante; nenhum dinheiro foi enviado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="660"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="661"/>
        <source>The bank rejected the cashout (see the rejection reason); the beneficiary was not paid.</source>
        <translation>O banco rejeitou o saque (veja o motivo da rejeição); o beneficiário não foi pago.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="673"/>
        <source>Delivered to the bank</source>
        <translation>Entregue ao banco</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="674"/>
        <source>Sent to the bank and waiting for its answer; it can no longer be cancelled.</source>
        <translation>Enviado ao banco e aguardando a resposta dele; não pode mais ser cancelado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="685"/>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="686"/>
        <source>Put on hold by the merchant; it is not processed until it is moved back to Pending. The funds stay reserved.</source>
        <translation>Colocado em espera pelo comerciante; não é processado até voltar a Pendente. Os fundos continuam reservados.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="703"/>
        <source>Error {code}</source>
        <translation>Erro {code}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="704"/>
        <source>Error without a code</source>
        <translation>Erro sem código</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="705"/>
        <source>This code is not in the catalogue. Send the code and TuPay&apos;s message to TuPay integration support.</source>
        <translation>Este código não está no catálogo. Envie o código e a mensagem da TuPay ao suporte de integração da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="709"/>
        <source>Rejected, reason unknown</source>
        <translation>Rejeitado, motivo desconhecido</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="710"/>
        <source>The bank gave no known reason code. Check the reason text, if any, and confirm the details with the beneficiary or TuPay support.</source>
        <translation>O banco não informou um código de motivo conhecido. Confira o texto do motivo, se houver, e confirme os dados com o beneficiário ou com o suporte da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="714"/>
        <source>Status {code}</source>
        <translation>Status {code}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="715"/>
        <source>Status code {code} is not documented. Check the cashout in the TuPay merchant panel.</source>
        <translation>O código de status {code} não está documentado. Confira o saque no painel do comerciante da TuPay.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="718"/>
        <source>code {code}</source>
        <translation>código {code}</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="719"/>
        <source>TuPay says: “{text}”.</source>
        <translation>A TuPay informa: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="720"/>
        <source>Reason: “{text}”.</source>
        <translation>Motivo: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="721"/>
        <source>Reason: “{text}” (reason code {code}).</source>
        <translation>Motivo: “{text}” (código de motivo {code}).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="722"/>
        <source>A redirect that was not followed (HTTP {status})</source>
        <translation>Um redirecionamento que não foi seguido (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="723"/>
        <source>A redirect to {location} that was not followed (HTTP {status})</source>
        <translation>Um redirecionamento para {location} que não foi seguido (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="724"/>
        <source>The server sent the request elsewhere. Requests are never redirected, so nothing was sent there and nothing was created. Check the environment&apos;s base URL (https:// and the exact host).</source>
        <translation>O servidor enviou a solicitação para outro endereço. As solicitações nunca são redirecionadas, então nada foi enviado para lá e nada foi criado. Verifique a URL base do ambiente (https:// e o host exato).</translation>
    </message>
    <message>
        <source>The cashout is no longer pending (for example, it was already delivered to the bank), so it cannot be changed or cancelled. Refresh its status.</source>
        <translation type="vanished">O saque não está mais pendente (por exemplo, já foi entregue ao banco), então não pode ser alterado nem cancelado. Atualize o status dele.</translation>
    </message>
    <message>
        <source>This external ID was used before. Do not create a new ID: look the cashout up by its external ID — it most likely exists already.</source>
        <translation type="vanished">Este ID externo já foi usado. Não crie um novo ID: consulte o saque pelo ID externo — é muito provável que ele já exista.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="56"/>
        <source>Required — this field cannot be empty.</source>
        <translation>Obrigatório: este campo não pode ficar vazio.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="57"/>
        <source>Too long: {length} characters, at most {max} allowed.</source>
        <translation>Longo demais: {length} caracteres; são permitidos no máximo {max}.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="58"/>
        <source>Too long: at most {max} characters allowed.</source>
        <translation>Longo demais: são permitidos no máximo {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="59"/>
        <source>Contains invisible control characters (tab, line break…) — retype it.</source>
        <translation>Contém caracteres de controle invisíveis (tabulação, quebra de linha…): digite novamente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="62"/>
        <source>Contains invisible characters (zero-width, or marks that change the text direction) — retype it.</source>
        <translation>Contém caracteres invisíveis (de largura zero, ou marcas que mudam a direção do texto) — digite-o novamente.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="66"/>
        <source>Use visible characters only (no tabs, line breaks or other control characters).</source>
        <translation>Use somente caracteres visíveis (sem tabulações, quebras de linha ou outros caracteres de controle).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="69"/>
        <source>Only Peru is supported: the country must be PE.</source>
        <translation>Somente o Peru é suportado: o país deve ser PE.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="70"/>
        <source>Currency must be PEN or USD.</source>
        <translation>A moeda deve ser PEN ou USD.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="71"/>
        <source>Enter an amount, e.g. 1250.50.</source>
        <translation>Informe um valor, ex.: 1250.50.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="72"/>
        <source>Not a number — use digits with a dot for decimals, e.g. 1250.50.</source>
        <translation>Não é um número: use dígitos e um ponto para os decimais, ex.: 1250.50.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="75"/>
        <source>Use a dot for decimals (1250.50); a comma only separates thousands (1,250.50).</source>
        <translation>Use um ponto para os decimais (1250.50); a vírgula só separa os milhares (1,250.50).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="78"/>
        <source>The amount must be greater than zero.</source>
        <translation>O valor deve ser maior que zero.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="79"/>
        <source>At most 2 decimals are allowed, e.g. 1250.50.</source>
        <translation>São permitidas no máximo 2 casas decimais, ex.: 1250.50.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="80"/>
        <source>The amount is too large (at most {max}).</source>
        <translation>O valor é alto demais (no máximo {max}).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="81"/>
        <source>Document type must be DNI, CE, RUC or PASS.</source>
        <translation>O tipo de documento deve ser DNI, CE, RUC ou PASS.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="82"/>
        <source>Use digits only (0–9), without spaces, dots or dashes.</source>
        <translation>Use somente dígitos (0–9), sem espaços, pontos ou hifens.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="85"/>
        <source>A {type} number has exactly {digits} digits; this one has {length}.</source>
        <translation>Um número de {type} tem exatamente {digits} dígitos; este tem {length}.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="88"/>
        <source>Too long: a document number has at most {max} digits.</source>
        <translation>Longo demais: um número de documento tem no máximo {max} dígitos.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="89"/>
        <source>The CCI has digits only (0–9), without spaces or dashes.</source>
        <translation>O CCI tem somente dígitos (0–9), sem espaços ou hifens.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="90"/>
        <source>The CCI (interbank account code) has exactly 20 digits; this one has {length}.</source>
        <translation>O CCI (código de conta interbancária) tem exatamente 20 dígitos; este tem {length}.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="93"/>
        <source>CCI check digits do not match — check the number.</source>
        <translation>Os dígitos verificadores do CCI não conferem: verifique o número.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="94"/>
        <source>Unknown bank code {code} (the first 3 digits of the CCI) — check the number.</source>
        <translation>Código de banco desconhecido {code} (os 3 primeiros dígitos do CCI): verifique o número.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="97"/>
        <source>Account type must be C (checking) or S (savings).</source>
        <translation>O tipo de conta deve ser C (corrente) ou S (poupança).</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="98"/>
        <source>Enter a full web address starting with https:// (or http://), or leave it empty.</source>
        <translation>Informe um endereço web completo começando com https:// (ou http://), ou deixe vazio.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="101"/>
        <source>Invalid value.</source>
        <translation>Valor inválido.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="102"/>
        <source>Starts or ends with a space — check the pasted value.</source>
        <translation>Começa ou termina com um espaço: verifique o valor colado.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="103"/>
        <source>A name has no digits (0–9) — banks refuse them.</source>
        <translation>Um nome não tem dígitos (0–9): os bancos os recusam.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="104"/>
        <source>“{char}” cannot be in a name: use letters, spaces, apostrophes, hyphens and dots — banks refuse emoji, symbols and markup.</source>
        <translation>“{char}” não pode estar em um nome: use letras, espaços, apóstrofos, hifens e pontos; os bancos recusam emojis, símbolos e marcação.</translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="109"/>
        <source>A name needs letters.</source>
        <translation>Um nome precisa de letras.</translation>
    </message>
</context>
</TS>
