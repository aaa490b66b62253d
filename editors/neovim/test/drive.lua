-- Headless Neovim driver for tests/test_editor_neovim.py: the shipped config (lua/ormb_assist) starts
-- the real server, then this script completes inside SQL strings and runs the "Generate ORMB
-- algorithm" code action, and writes what it saw to a JSON file. Input: $ORMB_DRIVE_SPEC (JSON).
--
--   nvim --headless --clean -c 'luafile editors/neovim/test/drive.lua'
local spec_path = os.getenv('ORMB_DRIVE_SPEC')
local spec = vim.fn.json_decode(table.concat(vim.fn.readfile(spec_path), '\n'))
local out = { statuses = {}, logs = {}, messages = {}, probes = {}, steps = {} }

local function write_out()
  vim.fn.writefile({ vim.fn.json_encode(out) }, spec.out)
end

local function step(name)
  out.steps[#out.steps + 1] = { name = name, t = vim.loop.hrtime() / 1e9 }
  write_out() -- a partial record survives a timeout
end

local function fail(msg)
  out.error = msg
  write_out()
  vim.cmd('cquit 1')
end

local function run()
  vim.opt.runtimepath:prepend(spec.config_dir)
  package.path = spec.config_dir .. '/lua/?/init.lua;' .. spec.config_dir .. '/lua/?.lua;' .. package.path
  vim.cmd('filetype on')
  local ormb = require('ormb_assist')
  ormb.setup({
    cmd = spec.cmd,
    root_dir = spec.root_dir ~= vim.NIL and spec.root_dir or nil, -- absent: the shipped root detection
    settings = { ormbAssist = spec.settings or {} },
    on_status = function(status)
      out.statuses[#out.statuses + 1] = status
    end,
    client = {
      handlers = {
        ['window/logMessage'] = function(_, result)
          out.logs[#out.logs + 1] = result.message
        end,
        ['window/showMessage'] = function(_, result)
          out.messages[#out.messages + 1] = result.message
        end,
      },
    },
  })

  step('open')
  vim.cmd('edit ' .. vim.fn.fnameescape(spec.workspace .. '/' .. spec.file))
  local bufnr = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[bufnr].filetype
  local client
  vim.wait(20000, function()
    client = ormb.client(bufnr)
    return client ~= nil and client.initialized
  end, 50)
  if not client then
    return fail('no ormb-assist client attached (filetype ' .. out.filetype .. ')')
  end
  out.server_name = client.server_capabilities and client.server_capabilities.executeCommandProvider
    and client.server_capabilities.executeCommandProvider.commands
  out.root_dir = client.config.root_dir
  out.omnifunc = vim.bo[bufnr].omnifunc
  step('attached')

  local ready = vim.wait(spec.index_timeout_ms, function()
    local s = ormb.last_status
    return s ~= nil and (s.state == 'ready' or s.state == 'error')
  end, 100)
  if not ready or ormb.last_status.state ~= 'ready' then
    return fail('indexing did not finish: ' .. vim.inspect(ormb.last_status))
  end
  out.statusline = ormb.statusline()
  out.status_text = ormb.format_status(ormb.last_status)
  out.result_text = ormb.format_result({ spot = 'XSpot', tables = { { name = 'CI_BILL' }, { name = 'CI_BSEG' } } })
  step('indexed')

  -- Insert each probe line after the anchor line and complete at the end of `before`.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local anchor
  for i, line in ipairs(lines) do
    if line:find(spec.anchor, 1, true) then
      anchor = i -- 1-based line of the anchor = 0-based index of the line after it
      break
    end
  end
  if not anchor then
    return fail('anchor not found: ' .. spec.anchor)
  end
  local uri = vim.uri_from_bufnr(bufnr)
  for _, probe in ipairs(spec.probes) do
    vim.api.nvim_buf_set_lines(bufnr, anchor, anchor, false, { probe.before .. (probe.after or '') })
    local params = {
      textDocument = { uri = uri },
      position = { line = anchor, character = #probe.before },
      context = { triggerKind = 1 },
    }
    local resp = client.request_sync('textDocument/completion', params, 30000, bufnr)
    local labels = {}
    if resp and resp.result then
      for _, item in ipairs(resp.result.items or resp.result) do
        labels[#labels + 1] = item.label
      end
    end
    out.probes[#out.probes + 1] = { name = probe.name, labels = labels, err = resp and resp.err }
    vim.api.nvim_buf_set_lines(bufnr, anchor, anchor + 1, false, {}) -- take the probe out again
  end
  step('completed')

  -- Ghost text: textDocument/inlineCompletion, then the accept-telemetry protocol an editor speaks:
  -- ormbAssist/inlineShown, ormbAssist/inlinePartialAccept and the item's ormbAssist.inlineAccepted.
  if spec.inline then
    vim.api.nvim_buf_set_lines(bufnr, anchor, anchor, false, { spec.inline.before })
    local resp = client.request_sync('textDocument/inlineCompletion', {
      textDocument = { uri = uri },
      position = { line = anchor, character = #spec.inline.before },
      context = { triggerKind = 1 }, -- invoked
    }, 60000, bufnr)
    local result = resp and resp.result or {}
    local items = result.items or result
    out.inline = { items = {}, err = resp and resp.err }
    for _, item in ipairs(items) do
      local text = type(item.insertText) == 'table' and item.insertText.value or item.insertText
      out.inline.items[#out.inline.items + 1] = { insertText = text, command = item.command }
    end
    local first = items[1]
    if first and first.command and first.command.arguments then
      local item_id = first.command.arguments[1]
      local text = type(first.insertText) == 'table' and first.insertText.value or first.insertText
      out.inline.item_id = item_id
      out.inline.partial_length = math.min(spec.inline.partial_length, #text)
      client.notify('ormbAssist/inlineShown', { itemId = item_id })
      client.notify('ormbAssist/inlinePartialAccept', { itemId = item_id, acceptedLength = out.inline.partial_length })
      local accepted = client.request_sync('workspace/executeCommand', first.command, 30000, bufnr)
      out.inline.accept = accepted and accepted.result
    end
    vim.api.nvim_buf_set_lines(bufnr, anchor, anchor + 1, false, {})
    step('inline')
  end

  -- "Generate ORMB algorithm": a comment with the objective, code actions at it, run the command.
  vim.api.nvim_buf_set_lines(bufnr, anchor, anchor, false, { '        // ' .. spec.objective })
  local range = { start = { line = anchor, character = 12 }, ['end'] = { line = anchor, character = 12 } }
  local resp = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = range,
    context = { diagnostics = {} },
  }, 30000, bufnr)
  local action
  out.actions = {}
  for _, a in ipairs((resp and resp.result) or {}) do
    out.actions[#out.actions + 1] = a.title
    local cmd = a.command
    if type(cmd) == 'table' and cmd.command == 'ormbAssist.generateAlgorithm' then
      action = a
    end
  end
  vim.api.nvim_buf_set_lines(bufnr, anchor, anchor + 1, false, {})
  if not action then
    return fail('no Generate ORMB algorithm code action')
  end
  step('code_action')
  local result = client.request_sync('workspace/executeCommand', action.command, spec.generate_timeout_ms, bufnr)
  if not result or result.err then
    return fail('executeCommand failed: ' .. vim.inspect(result))
  end
  out.generate = result.result
  step('generated')
  -- The server applied a WorkspaceEdit (CreateFile + text) through workspace/applyEdit; the new file
  -- is a modified buffer now. Save it the way a user would.
  local path = result.result and result.result.uri and vim.uri_to_fname(result.result.uri)
  out.generated_path = path
  if path then
    local gen = vim.fn.bufnr(path)
    out.generated_buffer = gen
    if gen > 0 then
      vim.api.nvim_buf_call(gen, function()
        vim.cmd('silent write')
      end)
    end
  end
  vim.api.nvim_buf_call(bufnr, function()
    vim.cmd('silent edit!') -- drop the probe edits in the opened file
  end)
  step('done')
  out.ok = true
  write_out()
  vim.lsp.stop_client(client.id)
  vim.wait(3000, function()
    return vim.lsp.client_is_stopped(client.id)
  end, 50)
  vim.cmd('qa!')
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  fail(tostring(err))
end
